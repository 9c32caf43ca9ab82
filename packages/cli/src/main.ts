import { createRequire } from 'node:module';
import type { Command } from './command.ts';
import type { CliIO } from './io.ts';
import { UsageError, processIO } from './io.ts';
import { commands } from './commands.ts';
import { printable } from './printable.ts';

// The sources and the built chunks both sit one folder below the package's manifest.
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

function help(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`);
  return `sales-line — run a sales assembly line from JSON rules\n\nUsage: sales-line <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`sales-line <command> --help\` for a command's options, \`sales-line --version\` for the version.\n`;
}

const commandHelp = (command: Command) => `${command.summary}\n\nUsage: ${command.usage}\n`;

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name) {
    io.stderr(help());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && args[0] !== undefined && Object.hasOwn(commands, args[0]) ? commands[args[0]] : undefined;
    io.stdout(topic ? commandHelp(topic) : help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.stderr(`sales-line: unknown command "${printable(name)}"\n\n${help()}`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr(`sales-line ${name}: ${printable(error.message, { lines: true })}\nUsage: ${command.usage}\n`);
      return 2;
    }
    throw error;
  }
}
