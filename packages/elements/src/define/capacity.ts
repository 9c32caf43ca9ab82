export { SalesLineCapacity } from '../capacity/capacity.ts';
