import { assemblyLine } from './assembly-line.ts';
import { traditional } from './traditional.ts';

/** The two lines core ships, the pair the simulator compares. Frozen: `structuredClone` one to change it. */
export const presets = Object.freeze({ assemblyLine, traditional });
