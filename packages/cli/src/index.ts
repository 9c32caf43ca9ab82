export { main } from './main.ts';
export { commands } from './commands.ts';
export type { Command } from './command.ts';
export type { CliIO } from './io.ts';
