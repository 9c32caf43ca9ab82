export { SalesLineBoard } from '../board/board.ts';
