// What the browser benchmarks share: their page bundled from the sources and opened, and a median.
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);

/** The page module `file` (beside this one) as one minified script: sources, production Lit. */
async function bundlePage(file) {
  const bundle = await build({
    entryPoints: [new URL(file, import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    absWorkingDir: root.pathname,
    tsconfig: new URL('packages/elements/tsconfig.json', root).pathname,
    conditions: ['source', 'browser'],
    // pnpm does not hoist: resolve the page's packages as the elements and core packages do.
    nodePaths: [new URL('packages/elements/node_modules', root).pathname, new URL('packages/core/node_modules', root).pathname],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return bundle.outputFiles[0].text;
}

/** A page of `browser` running the page module `file`, once it has set `window.bench`. */
export async function openBenchPage(browser, file) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  await page.addScriptTag({ content: await bundlePage(file), type: 'module' });
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
