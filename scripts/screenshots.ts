// `pnpm screenshots`: pictures of the product for the README and the docs, taken in headless
// Chromium from the running demo portal, so they show what the code does today.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.mjs';
import { startPortal } from '../test/helpers/portal-server.ts';

const out = new URL('../docs/images/', import.meta.url).pathname;
const server = await startPortal({ dataDir: mkdtempSync(join(tmpdir(), 'sales-line-shots-')) });
const browser = await launchChromium();

/** Opens one view of the portal (through its navigation, so the page stays loaded) and waits until it shows. */
async function open(page: Page, view: string): Promise<void> {
  if (page.url().startsWith(server.url)) await page.locator(`.top nav a[href="#${view}"]`).click();
  else await page.goto(`${server.url}/#${view}`);
  await page.locator('body[data-ready]').waitFor({ state: 'attached' });
}

/** Waits until an element's shadow root shows `text` (the widgets fill in after the server answers). */
const shows = (page: Page, selector: string, text: RegExp) =>
  page.waitForFunction(([s, source]) => new RegExp(source).test(document.querySelector(s)?.shadowRoot?.textContent ?? ''), [selector, text.source] as const);

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const shot = (name: string, target?: string) =>
    target ? page.locator(target).screenshot({ path: join(out, name) }) : page.screenshot({ path: join(out, name) });

  await open(page, 'board');
  await page.locator('sales-line-board [data-lead-id]').first().waitFor();
  await shot('board.png');
  // Element pictures are taken scrolled: the sticky header would cover their top.
  await page.addStyleTag({ content: '.top { position: static !important; }' });

  await page.locator('#lead-form [name="name"]').fill('Dana Levy');
  await page.locator('#lead-form [name="company"]').fill('Acme Bank');
  await page.locator('#lead-form [name="industry"]').fill('fintech');
  await page.locator('#lead-form [name="employees"]').fill('1200');
  await page.locator('#lead-form [name="source"]').selectOption('inbound');
  await page.locator('#lead-form button[type="submit"]').click();
  await shows(page, '#lead-trace', /Routed|Assigned/);
  await shot('route-a-lead.png', '#new-lead');

  await open(page, 'team');
  await shows(page, 'sales-line-leaderboard', /p\d+/);
  await shows(page, 'sales-line-benchmark', /per workday/);
  await shot('leaderboard.png', '#team .columns');

  await open(page, 'career');
  const eligible = page.locator('sales-line-career-path [part~="rep-eligible"]').first();
  await eligible.waitFor();
  await eligible.click();
  await shot('career-path.png', 'sales-line-career-path');

  await open(page, 'capacity');
  await shows(page, 'sales-line-capacity', /Bottleneck|No station is full/);
  await shot('capacity.png', '#capacity');

  await page.setViewportSize({ width: 1280, height: 1000 });
  await open(page, 'rules');
  await shows(page, 'sales-line-rule-editor', /Rules, in the order/);
  await shot('rule-editor.png');

  console.log(`screenshots written to docs/images/`);
} finally {
  await browser.close();
  await server.stop();
}
