export { SalesLineLeaderboard } from '../leaderboard/leaderboard.ts';
