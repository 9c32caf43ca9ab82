import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, serveStatic } from './helpers/browser.ts';

const require = createRequire(import.meta.url);
const elementsDist = dirname(require.resolve('@sales-line/elements/browser'));

const page = `<!doctype html><html lang="en"><head><title>plain page</title>
<script type="module" src="/sales-line-elements.min.js"></script></head>
<body><sales-line-board></sales-line-board></body></html>`;

describe('the browser module in a plain page', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveStatic(elementsDist, { '/': page })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('defines <sales-line-board> and renders a board from properties', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.goto(`${server.url}/`);
    await tab.waitForFunction(() => customElements.get('sales-line-board') !== undefined);
    const columns = await tab.evaluate(async () => {
      const board = document.querySelector('sales-line-board') as HTMLElement & { config: unknown; leads: unknown; updateComplete: Promise<unknown> };
      board.config = {
        version: 1,
        line: { stations: [{ id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted'] }], terminal: [], transitions: [], deadlines: [] },
        routing: { rules: [], fallback: { station: 'lead-generation' } },
      };
      board.leads = [{ id: 'l1', name: 'Acme', stage: 'new' }];
      await board.updateComplete;
      return board.shadowRoot!.textContent;
    });
    expect(errors).toEqual([]);
    expect(columns).toContain('Acme');
  });
});
