import { createSalesLine } from '../sales-line.ts';
import type { SimulationLineFactory } from './simulation-line.ts';

/**
 * The simulation's default line: the real `createSalesLine` facade. No undo history: a
 * simulated year would otherwise keep patches nobody will ever apply.
 */
export const salesLineFactory: SimulationLineFactory = ({ config, reps, clock, state }) =>
  createSalesLine(config, { reps, clock, undoLimit: 0, ...(state === undefined ? {} : { state }) });
