// Builds every package from its TypeScript sources:
//   core, cli, elements → ESM + one bundled .d.ts each (dependencies stay external);
//   elements also → one self-contained, minified browser module (Lit and core inside),
//   loadable from a plain <script type="module"> with no bundler.
import { builtinModules } from 'node:module';
import { readFileSync, rmSync } from 'node:fs';
import esbuild from 'rollup-plugin-esbuild';
import { dts } from 'rollup-plugin-dts';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import replace from '@rollup/plugin-replace';

// Stale files from an earlier build must never be packed.
for (const name of ['core', 'elements', 'cli']) rmSync(`packages/${name}/dist`, { recursive: true, force: true });

const pkg = (name) => JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));
/** Every dependency (and its subpaths) and every Node builtin stays an import. */
const externalsOf = (name) => {
  const deps = Object.keys(pkg(name).dependencies ?? {});
  return (id) =>
    id.startsWith('node:') || builtinModules.includes(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
};
const ts = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });
const declarations = (name, input, dir, chunkFileNames) => ({
  input,
  external: externalsOf(name),
  output: { dir, format: 'es', entryFileNames: '[name].d.ts', ...(chunkFileNames && { chunkFileNames }) },
  // pnpm links packages: with preserveSymlinks Lit's types silently become `any`.
  plugins: [dts({ tsconfig: `packages/${name}/tsconfig.json`, compilerOptions: { preserveSymlinks: false } })],
});

const elementEntries = {
  index: 'packages/elements/src/index.ts',
  'define/all': 'packages/elements/src/define/all.ts',
  // The defining module itself is the entry, so its side effect stays in dist/define/board.js
  // and bundlers honouring "sideEffects" keep it.
  'define/board': 'packages/elements/src/board/board.ts',
  'define/rule-editor': 'packages/elements/src/rule-editor/rule-editor.ts',
  'define/benchmark': 'packages/elements/src/benchmark/benchmark.ts',
  'define/capacity': 'packages/elements/src/capacity/capacity.ts',
  'define/career-path': 'packages/elements/src/career-path/career-path.ts',
  'define/route-trace': 'packages/elements/src/route-trace/route-trace.ts',
  'define/leaderboard': 'packages/elements/src/leaderboard/leaderboard.ts',
};

// Core's entry points, as in its exports map: the line (index) and the analytics apart. One
// output file per source module: the main entry re-exports the analytics, and with
// `sideEffects: false` a host bundler then drops every module an import does not reach
// (shared chunks would mix the line with the simulation and keep their top-level schemas).
const coreEntries = Object.fromEntries(
  ['index', 'simulation', 'benchmarks', 'promotion', 'presets', 'records', 'rules', 'schema'].map((name) => [name, `packages/core/src/${name}.ts`]),
);

export default [
  {
    input: coreEntries,
    external: externalsOf('core'),
    output: { dir: 'packages/core/dist', format: 'es', preserveModules: true, preserveModulesRoot: 'packages/core/src', hoistTransitiveImports: false },
    plugins: [ts()],
  },
  declarations('core', coreEntries, 'packages/core/dist', 'chunks/[name]-[hash].d.ts'),
  {
    input: { index: 'packages/cli/src/index.ts', cli: 'packages/cli/src/bin.ts' },
    external: externalsOf('cli'),
    output: { dir: 'packages/cli/dist', format: 'es' },
    plugins: [ts()],
  },
  declarations('cli', { index: 'packages/cli/src/index.ts' }, 'packages/cli/dist'),
  {
    input: elementEntries,
    external: externalsOf('elements'),
    output: { dir: 'packages/elements/dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [ts()],
  },
  declarations('elements', elementEntries, 'packages/elements/dist'),
  {
    input: 'packages/elements/src/browser.ts',
    // Lets rollup keep what the module and its lazy chunk share inside the module (the page loads it
    // anyway) instead of splitting it into a third file.
    preserveEntrySignatures: 'allow-extension',
    // The rule editor's code editor (CodeMirror, ~110 KB gzip) stays a file of its own beside the module,
    // fetched only when a JSON tab first opens; a page that does not serve it keeps the plain textarea.
    output: {
      dir: 'packages/elements/dist',
      format: 'es',
      entryFileNames: 'sales-line-elements.min.js',
      chunkFileNames: 'sales-line-code-editor.min.js',
    },
    plugins: [
      // `browser` picks jsonpath-plus's browser build (its Node build uses `vm`).
      nodeResolve({ browser: true, exportConditions: ['source', 'browser', 'module', 'import', 'default'] }),
      commonjs(),
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
      esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json', minify: true }),
    ],
  },
];
