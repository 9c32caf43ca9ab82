#!/usr/bin/env node
import { main } from './main.ts';

// A reader that has seen enough (`sales-line route … | head -1`) closes the pipe: the output
// it wanted was written, so stop quietly instead of crashing on the next line.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
// Nobody reads the messages any more, but the data on stdout is still wanted: carry on.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`sales-line: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
