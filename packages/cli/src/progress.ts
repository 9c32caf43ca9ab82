import type { CliIO } from './io.ts';

/** Counts work on stderr for long runs (only on a terminal: logs and pipes stay clean). */
export function progress(io: CliIO, label: string, every = 10_000) {
  let count = 0;
  // Whether the cursor sits at the end of a count line, which a message must not run on from.
  let showing = false;
  const started = Date.now();
  const tick = () => {
    count += 1;
    if (io.interactive && count % every === 0) {
      io.stderr(`\r${count.toLocaleString('en')} ${label}…`);
      showing = true;
    }
  };
  /** Call before writing a message to stderr mid-run: it then starts on a line of its own. */
  tick.newline = () => {
    if (showing) io.stderr('\n');
    showing = false;
  };
  tick.done = () => {
    if (io.interactive && count >= every) io.stderr(`\r${count.toLocaleString('en')} ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    showing = false;
  };
  return tick;
}
