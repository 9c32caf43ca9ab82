import type { CliIO } from './io.ts';

/** Counts work on stderr for long runs (only on a terminal: logs and pipes stay clean). */
export function progress(io: CliIO, label: string, every = 10_000) {
  let count = 0;
  const started = Date.now();
  const tick = () => {
    count += 1;
    if (io.interactive && count % every === 0) io.stderr(`\r${count.toLocaleString('en')} ${label}…`);
  };
  tick.done = () => {
    if (io.interactive && count >= every) io.stderr(`\r${count.toLocaleString('en')} ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  };
  return tick;
}
