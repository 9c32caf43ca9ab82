// Element tests in real headless Chromium (Debian's /usr/bin/chromium; no browser download).
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * json-rules-engine is CommonJS only, and @rollup/plugin-commonjs through the dev server
 * fails on it (modernweb-dev/web#1700): serve it as one ES module built by esbuild instead.
 */
function jsonRulesEngineAsEsm() {
  let bundled;
  return {
    name: 'json-rules-engine-esm',
    resolveImport({ source }) {
      if (source === 'json-rules-engine') return '/__json-rules-engine.js';
    },
    async serve(context) {
      if (context.path !== '/__json-rules-engine.js') return;
      bundled ??= build({
        stdin: { contents: "export { Engine, Rule, Operator, OperatorDecorator, Fact, Almanac } from 'json-rules-engine';", resolveDir: import.meta.dirname + '/../core' },
        bundle: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        define: { 'process.env.NODE_ENV': '"test"' },
      }).then((result) => result.outputFiles[0].text);
      return { body: await bundled, type: 'js' };
    },
  };
}

export default {
  rootDir: import.meta.dirname + '/../..',
  files: ['packages/elements/src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [jsonRulesEngineAsEsm(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: import.meta.dirname + '/tsconfig.json' })],
  // immer's ESM build reads process.env.NODE_ENV.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head>
    <script>window.process = { env: { NODE_ENV: 'test' } };</script>
  </head><body><script type="module" src="${testFramework}"></script></body></html>`,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
