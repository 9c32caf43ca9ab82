export { SalesLineRouteTrace } from '../route-trace/route-trace.ts';
