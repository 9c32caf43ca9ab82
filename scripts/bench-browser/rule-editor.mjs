// Browser benchmark of <sales-line-rule-editor> on a large config (300 rules, 500 sample leads):
// first render and keystroke, in Debian's headless Chromium driven by playwright-core. Reports; never asserts.
//   node scripts/bench-browser/rule-editor.mjs     (CHROME_PATH overrides the browser)
import { median, openBenchPage } from './bench-page.mjs';
import { launchChromium } from '../chromium.mjs';

const RULES = Number(process.env.BENCH_EDITOR_RULES ?? 300);
const LEADS = Number(process.env.BENCH_EDITOR_LEADS ?? 500);
const RUNS = 3;
const KEYS = 20;

const browser = await launchChromium();
const max = (values) => Math.max(...values);
try {
  const page = await openBenchPage(browser, 'rule-editor-page.ts');
  const mounts = [];
  for (let run = 0; run < RUNS; run++) mounts.push(await page.evaluate(([r, l]) => window.bench.mount(r, l), [RULES, LEADS]));
  await page.evaluate(() => window.bench.pause());
  const keys = [];
  for (let key = 0; key < KEYS; key++) keys.push(await page.evaluate(() => window.bench.keystroke()));
  const pause = await page.evaluate(() => window.bench.pause());
  console.log(`\n<sales-line-rule-editor>, ${RULES} rules, ${LEADS} sample leads, headless Chromium`);
  console.table([
    { what: 'first render, painted (ms)', median: +median(mounts).toFixed(0), max: +max(mounts).toFixed(0) },
    { what: `keystroke in a rule name, painted (ms, ${KEYS} keys)`, median: +median(keys).toFixed(0), max: +max(keys).toFixed(0) },
    { what: 'dry run and replay after the last key, painted (ms)', median: +pause.toFixed(0), max: +pause.toFixed(0) },
  ]);
} finally {
  await browser.close();
}
