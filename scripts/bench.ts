/**
 * `pnpm bench [filter…]`: runs every suite in scripts/bench/*.ts (or those whose file name
 * contains a filter), one after another in this one process, so ratios within a suite come
 * from the same run. A suite exports `title` and `run()`, and prints its own report.
 */
import { readdir } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Memory suites measure the heap after a full GC: expose `gc` even when node was started without --expose-gc.
if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
  setFlagsFromString('--expose-gc');
  (globalThis as { gc?: unknown }).gc = runInNewContext('gc');
}

interface BenchSuite {
  title: string;
  run(): Promise<void>;
}

const folder = new URL('./bench/', import.meta.url);
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const files = (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort();
const chosen = files.filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)));
if (chosen.length === 0) {
  console.error(`No bench suite matches ${filters.join(', ')}. Suites: ${files.join(', ')}`);
  process.exit(1);
}
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of chosen) {
  const suite = (await import(new URL(file, folder).href)) as BenchSuite;
  console.log(`\n## ${suite.title} (${file})\n`);
  await suite.run();
}
