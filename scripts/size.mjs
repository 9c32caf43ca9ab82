// `pnpm size`: raw and gzip size of every built output; `--check` fails when a budget is exceeded.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transformSync } from 'esbuild';
import { root } from './setup.mjs';

const KB = 1024;
/** A widget's own code: its define entry plus the chunk rollup names after its component module. */
const widget = (name) => {
  const chunks = join(root, 'packages/elements/dist/chunks');
  const own = existsSync(chunks) ? readdirSync(chunks).filter((f) => f.startsWith(`${name}.component-`)).map((f) => `packages/elements/dist/chunks/${f}`) : [];
  return [`packages/elements/dist/define/${name}.js`, ...own];
};
/** Budgets (gzip) from DESIGN §5: our own code, dependencies excluded. */
const budgets = [
  { name: 'core (without its dependencies)', files: ['packages/core/dist/index.js'], gzip: 25 * KB },
  { name: 'elements (without core and Lit)', files: ['packages/elements/dist/index.js', 'packages/elements/dist/chunks'], gzip: 25 * KB },
  { name: 'cli', files: ['packages/cli/dist'], gzip: 50 * KB },
  // What `define/rule-editor` ships: its entry, its chunk and the shared one (chunk names carry a hash). No lazy code editor.
  {
    name: 'rule editor (without core and Lit)',
    files: [
      'packages/elements/dist/define/rule-editor.js',
      ...(existsSync(join(root, 'packages/elements/dist/chunks'))
        ? readdirSync(join(root, 'packages/elements/dist/chunks'))
            .filter((f) => /^(rule-editor\.component|define-element)-.*\.js$/.test(f))
            .map((f) => `packages/elements/dist/chunks/${f}`)
        : []),
    ],
    gzip: 15 * KB,
  },
  { name: '<sales-line-benchmark> (its own chunk)', files: widget('benchmark'), gzip: 5 * KB },
  { name: '<sales-line-leaderboard> (its own chunk)', files: widget('leaderboard'), gzip: 5 * KB },
  { name: '<sales-line-route-trace> (its own chunk)', files: widget('route-trace'), gzip: 5 * KB },
  { name: '<sales-line-career-path> (its own chunk)', files: widget('career-path'), gzip: 5 * KB },
  { name: '<sales-line-capacity> (its own chunk)', files: widget('capacity'), gzip: 5 * KB },
  { name: 'browser module (Lit, core and its deps inside)', files: ['packages/elements/dist/sales-line-elements.min.js'], gzip: 120 * KB },
];

const jsFiles = (path) => {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!full.endsWith('.js') && !path.includes('.')) {
    return readdirSync(full, { recursive: true })
      .filter((f) => String(f).endsWith('.js'))
      .map((f) => join(full, String(f)));
  }
  return [full];
};

let failed = false;
const rows = budgets.map(({ name, files, gzip }) => {
  const paths = files.flatMap(jsFiles);
  if (paths.length === 0) {
    failed = true;
    return { output: name, raw: 'missing', gzip: 'run pnpm build', budget: `${gzip / KB} KB`, ok: '✗' };
  }
  const sources = paths.map((p) => readFileSync(p, 'utf8'));
  // Budgets are for what a user's bundler ships: minified, then gzipped.
  const minified = sources.map((code) => Buffer.from(transformSync(code, { minify: true, format: 'esm' }).code));
  const raw = sources.reduce((sum, code) => sum + Buffer.byteLength(code), 0);
  const min = minified.reduce((sum, b) => sum + b.length, 0);
  const zipped = minified.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  const ok = zipped <= gzip;
  if (!ok) failed = true;
  return {
    output: name,
    files: paths.length,
    raw: `${(raw / KB).toFixed(1)} KB`,
    minified: `${(min / KB).toFixed(1)} KB`,
    gzip: `${(zipped / KB).toFixed(1)} KB`,
    budget: `${gzip / KB} KB`,
    ok: ok ? '✓' : '✗ over budget',
  };
});
console.table(rows);
if (failed && process.argv.includes('--check')) {
  console.error('Bundle budget exceeded (or outputs missing): see the table above.');
  process.exit(1);
}
