// `pnpm screenshots`: pictures of the product for the README and the docs, taken in headless
// Chromium from the running demo portal, so they show what the code does today.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { startPortal } from '../test/helpers/portal-server.ts';

const out = new URL('../docs/images/', import.meta.url).pathname;
const server = await startPortal({ dataDir: mkdtempSync(join(tmpdir(), 'sales-line-shots-')) });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/`);
  await page.locator('sales-line-board [data-lead-id]').first().waitFor();
  await page.locator('#board').screenshot({ path: join(out, 'board.png') });
  await page.locator('#lead-form [name="name"]').fill('Dana Levy');
  await page.locator('#lead-form [name="company"]').fill('Acme Bank');
  await page.locator('#lead-form [name="industry"]').fill('fintech');
  await page.locator('#lead-form [name="employees"]').fill('1200');
  await page.locator('#lead-form [name="source"]').selectOption('outbound');
  await page.locator('#lead-form button[type="submit"]').click();
  await page.locator('#lead-result:not(:empty)').waitFor();
  await page.locator('#new-lead').screenshot({ path: join(out, 'route-a-lead.png') });
  console.log(`screenshots written to docs/images/`);
} finally {
  await browser.close();
  await server.stop();
}
