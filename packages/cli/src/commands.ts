import type { Command } from './command.ts';
import { benchmarks } from './commands/benchmarks.ts';
import { promotions } from './commands/promotions.ts';
import { replay } from './commands/replay.ts';
import { route } from './commands/route.ts';
import { schema } from './commands/schema.ts';
import { simulate } from './commands/simulate.ts';
import { validate } from './commands/validate.ts';

/** Every `sales-line <command>`, in the order `--help` lists them. */
export const commands: Record<string, Command> = {
  validate,
  route,
  replay,
  simulate,
  benchmarks,
  promotions,
  schema,
};
