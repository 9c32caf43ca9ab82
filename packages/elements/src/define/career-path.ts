export { SalesLineCareerPath } from '../career-path/career-path.ts';
