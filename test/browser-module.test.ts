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

  it("loads the rule editor's code editor from the file beside the module when a JSON tab opens", async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const fetched: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await tab.goto(`${server.url}/`);
    await tab.waitForFunction(() => customElements.get('sales-line-rule-editor') !== undefined);
    expect(fetched).not.toContain('/sales-line-code-editor.min.js');
    await tab.evaluate(async () => {
      const editor = document.createElement('sales-line-rule-editor') as HTMLElement & { config: unknown; updateComplete: Promise<unknown> };
      editor.config = {
        version: 1,
        line: { stations: [{ id: 'lead-generation', name: 'Lead generation', stages: ['new'] }], terminal: [], transitions: [], deadlines: [] },
        routing: { rules: [], fallback: { station: 'lead-generation' } },
      };
      document.body.append(editor);
      await editor.updateComplete;
      editor.shadowRoot!.querySelector<HTMLElement>('#tab-json')!.click();
    });
    await tab.waitForFunction(() => document.querySelector('sales-line-rule-editor')!.shadowRoot!.querySelector('.cm-editor') !== null);
    expect(fetched).toContain('/sales-line-code-editor.min.js');
    expect(errors).toEqual([]);
  });
});
