// Browser benchmark of <sales-line-board>: first paint at 1k/5k/10k leads and move commit time
// at 10k, in Debian's headless Chromium driven by playwright-core. Reports; never asserts.
//   pnpm bench:browser            (CHROME_PATH overrides the browser)
import { median, openBenchPage } from './bench-page.mjs';
import { launchChromium } from '../chromium.mjs';

const GOALS = { firstPaintMs: 250, commitMs: 16 };
const SIZES = [1_000, 5_000, 10_000];
const RUNS = 5;
const MOVES = 30;
const LINE = "core's createSalesLine";

const browser = await launchChromium();
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))];

try {
  const page = await openBenchPage(browser, 'page.ts');

  // One unmeasured mount first: the first one pays for compiling the code and the styles.
  await page.evaluate(() => window.bench.firstPaint(1_000));
  const rows = [];
  for (const size of SIZES) {
    const times = [];
    for (let run = 0; run < RUNS; run++) times.push(await page.evaluate((n) => window.bench.firstPaint(n), size));
    const nodes = await page.evaluate(() => window.bench.nodes());
    rows.push({ leads: size, firstPaintMedianMs: +median(times).toFixed(1), firstPaintMaxMs: +Math.max(...times).toFixed(1), shadowNodes: nodes });
  }
  const commits = await page.evaluate((moves) => window.bench.commits(moves), MOVES);

  console.log('\n<sales-line-board> in headless Chromium (median of %d mounts; nodes in the shadow root)\n', RUNS);
  console.table(rows);
  const at10k = rows.at(-1).firstPaintMedianMs;
  const commitMedian = median(commits.board);
  console.log(`first paint at 10,000 leads: ${at10k} ms (goal ≤ ${GOALS.firstPaintMs} ms) ${at10k <= GOALS.firstPaintMs ? 'OK' : 'OVER'}`);
  console.log(
    `move commit at 10,000 leads, the board's share (line committed → re-rendered, focused, event fired): median ${commitMedian.toFixed(1)} ms, p95 ${p95(commits.board).toFixed(1)} ms over ${MOVES} moves (goal ≤ ${GOALS.commitMs} ms) ${commitMedian <= GOALS.commitMs ? 'OK' : 'OVER'}`,
  );
  console.log(`  the whole move including the line's own work (${LINE}): median ${median(commits.total).toFixed(1)} ms, p95 ${p95(commits.total).toFixed(1)} ms`);
} finally {
  await browser.close();
}
