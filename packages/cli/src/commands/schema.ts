import { configJsonSchema } from '@sales-line/core/schema';
import type { Command } from '../command.ts';
import { parseCommandArgs } from '../parse-command-args.ts';

export const schema: Command = {
  summary: 'Print the config document\'s JSON Schema (for editor autocompletion).',
  usage: 'sales-line schema',
  async run(args, io) {
    parseCommandArgs({ args, options: {} });
    io.stdout(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
