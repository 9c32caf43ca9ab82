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

async function openPortal(given?: Page, view = 'board') {
  const page = given ?? (await browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/#${view}`);
  await page.locator('body[data-ready]').waitFor({ state: 'attached' });
  if (view === 'board') await page.locator('sales-line-board [data-lead-id]').first().waitFor();
  return { page, errors };
}

const shadowText = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el.shadowRoot?.textContent ?? '');

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

/** The server measures and the page renders large widgets: allow a few seconds on a busy machine. */
const slow = { timeout: 15_000 };

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

describe('the team views in the portal', () => {
  it('ranks each station on its metrics from the stored activities, and compares one rep with the team', async () => {
    const { page, errors } = await openPortal(undefined, 'team');
    expect(await page.getByRole('heading', { level: 1, name: 'Team & benchmarks' }).isVisible()).toBe(true);
    const rows = page.locator('sales-line-leaderboard tbody tr');
    await expect.poll(() => rows.count(), slow).toBe(7);
    await page.locator('#metric').selectOption('hunter|win-rate');
    await expect.poll(() => rows.count(), slow).toBe(5);
    const rep = await page.locator('#metric-rep option:checked').textContent();
    await expect.poll(() => shadowText(page, 'sales-line-benchmark'), slow).toContain(rep!);
    expect(await shadowText(page, 'sales-line-benchmark')).toMatch(/Win rate [\d.]+%/);
    expect(errors).toEqual([]);
  });

  it('shows who is eligible on the career path, and every criterion of the one selected', async () => {
    const { page } = await openPortal(undefined, 'career');
    const eligible = page.locator('sales-line-career-path [part~="rep-eligible"]');
    await expect.poll(() => eligible.count(), slow).toBeGreaterThan(0);
    await eligible.first().click();
    await expect.poll(() => page.locator('sales-line-career-path [part~="criterion-met"]').count(), slow).toBeGreaterThan(0);
    expect(await page.locator('#career-note').textContent()).toMatch(/\d+ of 20 people are eligible/);
  });

  it('compares this company as an assembly line with the same people as generalists, and answers a what-if', async () => {
    const { page } = await openPortal(undefined, 'capacity');
    await expect.poll(() => shadowText(page, 'sales-line-capacity'), slow).toMatch(/Bottleneck|No station is full/);
    const before = await page.locator('#capacity-note').textContent();
    expect(before).toContain('Hunter 5');
    await page.locator('#capacity-form [name="dealValue"]').fill('250000');
    await page.locator('#capacity-form button[type="submit"]').click();
    await expect.poll(() => page.locator('#capacity-note').textContent(), slow).toContain('$250,000');
  });
});

describe('the portal page', () => {
  it('shows one section at a time, chosen from the navigation, with its own heading', async () => {
    const { page } = await openPortal();
    await page.getByRole('navigation', { name: 'Portal sections' }).getByRole('link', { name: 'Career path' }).click();
    await expect.poll(() => page.locator('#career').isVisible(), slow).toBe(true);
    expect(await page.locator('#board').isVisible()).toBe(false);
    expect(await page.locator('.top nav a[aria-current="page"]').textContent()).toBe('Career path');
    expect(await page.title()).toContain('Career path');
    expect(await page.getByRole('heading', { level: 1 }).filter({ visible: true }).allTextContents()).toEqual(['Career path']);
  });

  it('shows a clear empty state when the published config has no benchmarks or career path', async () => {
    const config = await api('/api/config');
    const { benchmarks: _b, promotion: _p, ...document } = config.published.document;
    const put = (body: unknown) => fetch(`${server.url}/api/config`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await put({ baseVersion: config.head, document, publish: true })).status).toBe(201);
    try {
      const { page, errors } = await openPortal(undefined, 'team');
      await expect.poll(() => page.locator('#benchmarks-note').textContent(), slow).toMatch(/defines no benchmark metrics/);
      expect(await page.locator('sales-line-leaderboard [part="empty"]').count()).toBe(1);
      await page.getByRole('link', { name: 'Career path' }).click();
      await expect.poll(() => page.locator('#career-note').textContent(), slow).toMatch(/defines no career path/);
      expect(await page.locator('sales-line-career-path [part="empty"]').count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      const head = (await api('/api/config')).head;
      await fetch(`${server.url}/api/config/rollback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: config.published.version }) });
      expect((await api('/api/config')).head).toBe(head + 1);
    }
  });
});

describe('editing the routing rules in the portal', () => {
  const editor = (page: Page) => page.locator('sales-line-rule-editor');

  /** Edits the editor's document through its JSON tab, as a power user would. */
  async function editRules(page: Page, edit: (document: any) => void) {
    const document = await editor(page).evaluate((el) => structuredClone((el as HTMLElement & { value: unknown }).value));
    edit(document);
    await editor(page).getByRole('tab', { name: 'JSON' }).click();
    // Pasted as one input, as a user pastes a document (typing 20 KB key by key would take minutes).
    await editor(page)
      .locator('[part="json"]')
      .evaluate((textarea: HTMLTextAreaElement, text) => {
        textarea.value = text;
        textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
      }, JSON.stringify(document, null, 2));
  }

  it('refuses a rule with a typo at publish, naming the place, and keeps the published rules', async () => {
    const { page } = await openPortal(undefined, 'rules');
    const before = (await api('/api/config')).published.version;
    await editRules(page, (document) => {
      const condition = document.routing.rules[0].conditions.all[0];
      condition.vaule = condition.value;
      delete condition.value;
    });
    await expect.poll(() => editor(page).locator('[part="issues"]').textContent(), slow).toMatch(/vaule/);
    expect(await editor(page).locator('[part="publish"]').isDisabled()).toBe(true);
    // Saved as a draft it keeps its issues, and the running rules stay.
    await page.locator('#save-draft').click();
    await expect.poll(() => page.locator('#rules-status').textContent(), slow).toMatch(/Saved draft version \d+ \(\d+ issue/);
    expect((await api('/api/config')).published.version).toBe(before);
  });

  it('publishes a valid new rule, and the next new lead is routed by it, explained once', async () => {
    const { page } = await openPortal(undefined, 'rules');
    await editRules(page, (document) => {
      document.routing.rules.unshift({
        name: 'gaming-to-business-development',
        priority: 200,
        conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'gaming' }] },
        event: { type: 'route', params: { station: 'business-development' } },
      });
    });
    await editor(page).locator('[part="publish"]').click();
    await expect.poll(() => page.locator('#rules-status').textContent(), slow).toMatch(/Published version \d+/);
    expect((await api('/api/config')).published.document.routing.rules[0].name).toBe('gaming-to-business-development');

    await page.getByRole('link', { name: 'Pipeline' }).click();
    await page.locator('#lead-form [name="name"]').fill('Pixel Forge');
    await page.locator('#lead-form [name="industry"]').fill('gaming');
    await page.locator('#lead-form button[type="submit"]').click();
    await expect.poll(() => shadowText(page, '#lead-trace'), slow).toContain('gaming-to-business-development');
    expect(await shadowText(page, '#lead-trace')).toContain('Business development');
    // The route trace is the one place the explanation is written.
    expect(await page.locator('#lead-result').textContent()).not.toContain('gaming-to-business-development');
  });

  it('tells the second of two editors that their save is stale, keeps their draft and saves nothing of theirs', async () => {
    const first = await openPortal(await (await browser.newContext()).newPage(), 'rules');
    const second = await openPortal(await (await browser.newContext()).newPage(), 'rules');
    await editRules(first.page, (document) => {
      document.routing.rules[0].name = 'renamed-by-the-first-editor';
    });
    await editor(first.page).locator('[part="publish"]').click();
    await expect.poll(() => first.page.locator('#rules-status').textContent(), slow).toMatch(/Published version/);
    const head = (await api('/api/config')).head;
    // The second page hears of the publish at once, before it tries to save.
    await expect.poll(() => second.page.locator('#rules-status').textContent(), slow).toContain('was published elsewhere');
    await editRules(second.page, (document) => {
      document.routing.rules[0].name = 'renamed-by-the-second-editor';
    });
    await editor(second.page).locator('[part="publish"]').click();
    await expect.poll(() => second.page.locator('#rules-status').textContent(), slow).toContain('Someone saved a newer version');
    const draft = await editor(second.page).evaluate((el) => (el as HTMLElement & { value: any }).value.routing.rules[0].name);
    expect(draft).toBe('renamed-by-the-second-editor');
    // The first page knows the publish was its own.
    expect(await first.page.locator('#rules-status').textContent()).toMatch(/Published version/);
    const after = await api('/api/config');
    expect(after.head).toBe(head);
    expect(after.published.document.routing.rules[0].name).toBe('renamed-by-the-first-editor');
  });

  it('lists every version with its rule changes, and rolls back to the first as a new published version', async () => {
    const { page } = await openPortal(undefined, 'rules');
    const history = page.locator('#config-history tbody tr');
    await expect.poll(() => history.count(), slow).toBeGreaterThan(2);
    await expect.poll(() => page.locator('#config-history').textContent(), slow).toContain('added: gaming-to-business-development');
    const before = await api('/api/config');
    await page.getByRole('button', { name: 'Roll back to v1' }).click();
    await expect.poll(() => page.locator('#rules-status').textContent(), slow).toMatch(/Rolled back: version \d+ is published, with the rules of version 1/);
    const after = await api('/api/config');
    expect(after.head).toBe(before.head + 1);
    expect(after.published.document).toEqual((await api('/api/config/1')).document);
  });
});
