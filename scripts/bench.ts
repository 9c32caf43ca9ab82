/**
 * `pnpm bench [filter…] [--browser]`: runs every suite in scripts/bench/*.ts (or those whose
 * file name contains a filter), one after another in this one process, so ratios within a
 * suite come from the same run. A suite exports `title` and `run()`, and prints its own
 * report. `--browser` (or the filter `browser`) adds the browser benchmarks of the board and
 * the rule editor (scripts/bench-browser: headless Chromium), run last as child processes.
 */
import { spawnSync } from 'node:child_process';
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
const args = process.argv.slice(2);
const filters = args.filter((arg) => !arg.startsWith('-') && arg !== 'browser');
const browser = args.includes('--browser') || args.includes('browser');
const files = (await readdir(folder)).filter((file) => file.endsWith('.ts')).sort();
// `pnpm bench browser` alone runs only the browser suite.
const onlyBrowser = browser && filters.length === 0 && args.includes('browser');
const chosen = onlyBrowser ? [] : files.filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)));
if (chosen.length === 0 && !browser) {
  console.error(`No bench suite matches ${filters.join(', ')}. Suites: ${files.join(', ')}`);
  process.exit(1);
}
console.log(`Node ${process.version}, ${process.platform}/${process.arch}`);
for (const file of chosen) {
  const suite = (await import(new URL(file, folder).href)) as BenchSuite;
  console.log(`\n## ${suite.title} (${file})\n`);
  await suite.run();
}
const browserBenches = [
  ['Board in the browser: first paint and move commit', 'run.mjs'],
  ['Rule editor in the browser: first render and keystroke on a large config', 'rule-editor.mjs'],
];
if (browser) {
  for (const [title, file] of browserBenches) {
    console.log(`\n## ${title} (bench-browser/${file})\n`);
    const child = spawnSync(process.execPath, [new URL(`./bench-browser/${file}`, import.meta.url).pathname], { stdio: 'inherit' });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
} else {
  console.log('\n(The browser benchmarks, board and rule editor, run with `pnpm bench --browser`; the board alone with `pnpm bench:browser`.)');
}
