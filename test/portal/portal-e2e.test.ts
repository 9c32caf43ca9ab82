import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { startPortal, type PortalServer } from '../helpers/portal-server.ts';

let server: PortalServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startPortal(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const api = async (path: string) => (await fetch(`${server.url}${path}`)).json() as Promise<any>;

async function openPortal(given?: Page) {
  const page = given ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/`);
  await page.locator('sales-line-board [data-lead-id]').first().waitFor();
  return { page, errors };
}

/** Focuses the first card the board renders in `stage` (columns are windowed) and returns its lead id. */
async function focusFirstCard(page: Page, stage: string): Promise<string> {
  return page.locator('sales-line-board').evaluate((el, stage) => {
    const card = el.shadowRoot!.querySelector<HTMLElement>(`[data-drop-stage="${stage}"] [data-lead-id]`);
    if (!card) throw new Error(`no card rendered in ${stage}`);
    card.scrollIntoView();
    card.focus();
    return card.dataset.leadId!;
  }, stage);
}

const stageOf = async (leadId: string) => (await api('/api/state')).state.leads[leadId].stage as string;

describe('the demo portal in Chromium', () => {
  it('loads with the seeded company', async () => {
    const { page, errors } = await openPortal();
    await expect.poll(() => page.locator('sales-line-board').evaluate((el) => el.shadowRoot!.textContent)).toContain('2,000 of 2,000 leads shown');
    expect(await page.locator('#team-table tbody tr').count()).toBe(20);
    expect(errors).toEqual([]);
  });

  it('keeps a card moved by keyboard where it was moved, after a reload', async () => {
    const { page } = await openPortal();
    const leadId = await focusFirstCard(page, 'new');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect.poll(() => stageOf(leadId)).toBe('contacted');
    await page.reload();
    await page.locator('sales-line-board [data-lead-id]').first().waitFor();
    const { name } = (await api('/api/state')).state.leads[leadId].lead;
    // Columns are windowed: filter the board down to the lead so its card is rendered.
    const column = await page.locator('sales-line-board').evaluate(async (el, [id, text]) => {
      const board = el as HTMLElement & { filterText: string; updateComplete: Promise<unknown> };
      board.filterText = text!;
      await board.updateComplete;
      return el.shadowRoot!.querySelector(`[data-lead-id="${id}"]`)?.closest('[data-drop-stage]')?.getAttribute('data-drop-stage') ?? 'not rendered';
    }, [leadId, name]);
    expect(column).toBe('contacted');
  });

  it('refuses an illegal move, announces the reason and leaves the lead where it was', async () => {
    const { page } = await openPortal();
    const leadId = await focusFirstCard(page, 'new');
    // new → meeting-set skips "contacted": the line has no such transition.
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    const announcer = page.locator('sales-line-board [role="status"]');
    await expect.poll(() => announcer.textContent(), { timeout: 5000 }).toMatch(/not|cannot|refused/i);
    expect(await stageOf(leadId)).toBe('new');
  });
});

describe('editing the routing rules in the portal', () => {
  async function editConfig(page: Page, edit: (document: any) => void) {
    const text = await page.locator('#config-json').inputValue();
    const document = JSON.parse(text);
    edit(document);
    await page.locator('#config-json').fill(JSON.stringify(document, null, 2));
    await page.locator('#publish').click();
  }

  it('refuses a rule with a typo at publish, naming the place, and keeps the published rules', async () => {
    const { page } = await openPortal();
    const before = (await api('/api/config')).published.version;
    await editConfig(page, (document) => {
      const condition = document.routing.rules[0].conditions.all[0];
      condition.vaule = condition.value;
      delete condition.value;
    });
    await expect.poll(() => page.locator('#config-result').textContent()).toContain('routing.rules[0].conditions.all[0]');
    expect(await page.locator('#config-result').textContent()).toMatch(/vaule/);
    expect((await api('/api/config')).published.version).toBe(before);
  });

  it('publishes a valid new rule, and the next new lead is routed by it', async () => {
    const { page } = await openPortal();
    await editConfig(page, (document) => {
      document.routing.rules.unshift({
        name: 'gaming-to-business-development',
        priority: 200,
        conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'gaming' }] },
        event: { type: 'route', params: { station: 'business-development' } },
      });
    });
    await expect.poll(() => page.locator('#config-result').textContent()).toMatch(/Published version \d+/);
    await page.locator('#lead-form [name="name"]').fill('Pixel Forge');
    await page.locator('#lead-form [name="industry"]').fill('gaming');
    await page.locator('#lead-form button[type="submit"]').click();
    await expect.poll(() => page.locator('#lead-result').textContent()).toContain("gaming-to-business-development");
    expect(await page.locator('#lead-result').textContent()).toContain('Business development');
    // The route trace shows the rule that won, readable without opening anything.
    await expect.poll(() => page.locator('#lead-trace').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('gaming-to-business-development');
  });

  it('tells the second of two editors that their save is stale, and saves nothing of theirs', async () => {
    const first = await openPortal(await (await browser.newContext()).newPage());
    const second = await openPortal(await (await browser.newContext()).newPage());
    await editConfig(first.page, (document) => {
      document.routing.rules[0].name = 'renamed-by-the-first-editor';
    });
    await expect.poll(() => first.page.locator('#config-result').textContent()).toMatch(/Published version/);
    const head = (await api('/api/config')).head;
    await editConfig(second.page, (document) => {
      document.routing.rules[0].name = 'renamed-by-the-second-editor';
    });
    await expect.poll(() => second.page.locator('#config-result').textContent()).toContain('Someone saved a newer version');
    const after = await api('/api/config');
    expect(after.head).toBe(head);
    expect(after.published.document.routing.rules[0].name).toBe('renamed-by-the-first-editor');
  });
});
