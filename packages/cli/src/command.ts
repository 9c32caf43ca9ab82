import type { CliIO } from './io.ts';

export interface Command {
  summary: string;
  usage: string;
  /** Resolves to the process exit code. */
  run: (args: string[], io: CliIO) => Promise<number>;
}
