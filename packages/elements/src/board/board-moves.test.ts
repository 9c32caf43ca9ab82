import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import type { SalesLineMoveEvent, SalesLineMoveRejectedEvent } from '../events.ts';
import { $, $$, card, cardIds, center, column, focused, liveBoard, waitForAnnouncement } from '../../test/board-harness.ts';
import { NOW } from '../../test/fixtures.ts';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function openMenu(el: HTMLElement & { updateComplete: Promise<boolean> }, leadId: string) {
  const button = el.shadowRoot!.querySelector<HTMLElement>(`.card[data-lead-id="${leadId}"] [part="card-move-button"]`)!;
  button.click();
  await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('role') === 'menuitem', 'menu focused');
  return el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
}

describe('<sales-line-board> moves', () => {
  afterEach(() => resetMouse());

  it('is accessible with a card lifted and with its move menu open', async () => {
    const { el } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await openMenu(el, 'l-acme');
    await expect(el).to.be.accessible();
  });

  it('moves a card with the keyboard: Space lifts, arrows choose, Space drops, focus follows the card', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await waitForAnnouncement(el, 'Picked up Acme in New, position 2 of 2.');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(column(el, 'contacted').getAttribute('part')).to.equal('column drop-target');
    await waitForAnnouncement(el, 'Acme over Contacted in Lead generation.');
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    await sendKeys({ press: 'Space' });
    const { detail } = await moved;
    expect(detail).to.include({ leadId: 'l-acme', from: 'new', to: 'contacted', source: 'keyboard' });
    expect(line.calls).to.deep.equal([{ leadId: 'l-acme', toStage: 'contacted' }]);
    expect(cardIds(el, 'contacted')).to.deep.equal(['l-initech', 'l-acme']);
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
    await waitForAnnouncement(el, 'Acme moved to Contacted in Lead generation, position 2 of 2.');
  });

  it('cancels a keyboard move with Escape and sends nothing to the line', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await waitForAnnouncement(el, 'Move cancelled. Acme stays in New.');
    expect(line.calls).to.deep.equal([]);
    expect($(el, '.drop-target')).to.equal(null);
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('moves focus between cards with the arrow keys when nothing is lifted', async () => {
    const { el } = await liveBoard();
    card(el, 'l-globex')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focused(el)?.dataset.leadId).to.equal('l-initech');
    expect(card(el, 'l-initech')!.tabIndex).to.equal(0);
  });

  it('offers every stage in the Move menu and marks the ones the line does not allow from here', async () => {
    const { el } = await liveBoard();
    const menu = await openMenu(el, 'l-acme');
    expect(menu.getAttribute('aria-label')).to.equal('Move Acme to');
    const items = $$(el, '[role="menuitem"]').map((item) => [item.dataset.stage, item.getAttribute('aria-disabled') === 'true']);
    expect(items).to.deep.equal([
      ['new', true],
      ['contacted', false],
      ['meeting-set', true],
      ['meeting-held', true],
      ['proposal', true],
      ['hold-for-future-close', true],
      ['lost', false],
    ]);
    expect(text($(el, '[role="menuitem"][data-stage="proposal"]'))).to.equal('Proposal (not allowed from here)');
    expect(focused(el)?.dataset.stage).to.equal('contacted');
  });

  it('moves a card from its menu and returns focus to it', async () => {
    const { el, line } = await liveBoard();
    await openMenu(el, 'l-acme');
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    $(el, '[role="menuitem"][data-stage="lost"]')!.click();
    expect((await moved).detail).to.include({ leadId: 'l-acme', to: 'lost', source: 'menu' });
    expect(line.calls).to.deep.equal([{ leadId: 'l-acme', toStage: 'lost' }]);
    expect($(el, '[role="menu"]')).to.equal(null);
    expect(cardIds(el, 'lost')).to.deep.equal(['l-acme']);
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('opens a collapsed lane when a card moves into it, so focus can follow the card', async () => {
    const { el } = await liveBoard();
    el.collapsed = ['terminal'];
    await el.updateComplete;
    await openMenu(el, 'l-acme');
    const moved = oneEvent(el, 'sales-line-move');
    $(el, '[role="menuitem"][data-stage="lost"]')!.click();
    await moved;
    expect(el.collapsed).to.deep.equal([]);
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('closes the menu with Escape and focuses its button again', async () => {
    const { el, line } = await liveBoard();
    await openMenu(el, 'l-acme');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '[role="menu"]')).to.equal(null);
    expect(focused(el)?.getAttribute('part')).to.equal('card-move-button');
    expect(line.calls).to.deep.equal([]);
  });

  it('moves a card by dragging it with the mouse onto another column', async () => {
    const { el, line } = await liveBoard();
    const [x, y] = center(card(el, 'l-acme')!);
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y + 5] });
    const [tx, ty] = center(column(el, 'contacted'));
    await sendMouse({ type: 'move', position: [tx, ty] });
    await waitUntil(() => column(el, 'contacted').getAttribute('part')?.includes('drop-target'), 'drop target shown');
    expect($(el, '[part="drag-ghost"]')).not.to.equal(null);
    await sendMouse({ type: 'up' });
    expect((await moved).detail).to.include({ leadId: 'l-acme', from: 'new', to: 'contacted', source: 'pointer' });
    expect(line.calls).to.deep.equal([{ leadId: 'l-acme', toStage: 'contacted' }]);
    expect($(el, '[part="drag-ghost"]')).to.equal(null);
  });

  it('auto-scrolls a long column while a card is dragged near its bottom edge', async () => {
    const leads = Array.from({ length: 200 }, (_, i) => ({ id: `m${i}`, name: `Lead ${i}`, stage: 'contacted', stageEnteredAt: NOW + i }));
    const { el } = await liveBoard({ leads: [...leads, { id: 'x', name: 'X', stage: 'new' }] });
    // Only this lane, in a tall viewport: the pointer is near the column's edge, not the page's.
    await setViewport({ width: 1000, height: 900 });
    el.collapsed = ['hunter', 'terminal'];
    await el.updateComplete;
    const body = $(el, '[data-drop-stage="contacted"] .column-body')!;
    const [x, y] = center(card(el, 'x')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y] });
    const rect = body.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.bottom - 6)] });
    await waitUntil(() => body.scrollTop > 200, 'column scrolled');
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    expect($(el, '[part="drag-ghost"]')).to.equal(null);
    expect(cardIds(el, 'new')).to.deep.equal(['x']);
    await setViewport({ width: 800, height: 600 });
  });

  it('starts a touch drag only after a long press, so a swipe still scrolls', async () => {
    const { el, line } = await liveBoard();
    const target = card(el, 'l-acme')!;
    const [x, y] = center(target);
    const [tx, ty] = center(column(el, 'contacted'));
    const pointer = (type: string, px: number, py: number) =>
      target.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', pointerId: 7, clientX: px, clientY: py, bubbles: true, composed: true, button: 0 }));
    pointer('pointerdown', x, y);
    pointer('pointermove', x, y + 30);
    await aTimeout(200);
    expect($(el, '[part="drag-ghost"]')).to.equal(null);
    pointer('pointerup', x, y + 30);

    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    pointer('pointerdown', x, y);
    await aTimeout(200);
    expect($(el, '[part="drag-ghost"]')).not.to.equal(null);
    pointer('pointermove', tx, ty);
    await aTimeout(50);
    pointer('pointerup', tx, ty);
    expect((await moved).detail.source).to.equal('pointer');
    expect(line.calls).to.deep.equal([{ leadId: 'l-acme', toStage: 'contacted' }]);
  });

  it('lets the host veto a move: nothing reaches the line, the card stays and the reason is shown and announced', async () => {
    const { el, line } = await liveBoard();
    el.addEventListener('sales-line-before-move', (event) => event.veto('Deals over $10,000 need a manager.'), { once: true });
    await openMenu(el, 'l-acme');
    $(el, '[role="menuitem"][data-stage="contacted"]')!.click();
    await waitForAnnouncement(el, 'Acme was not moved to Contacted: Deals over $10,000 need a manager.');
    expect(line.calls).to.deep.equal([]);
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
    expect(text($(el, '[part="notice"] p'))).to.equal('Acme was not moved to Contacted: Deals over $10,000 need a manager.');
  });

  it('treats a plain preventDefault as a veto without a reason', async () => {
    const { el, line } = await liveBoard();
    el.addEventListener('sales-line-before-move', (event) => event.preventDefault(), { once: true });
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await waitForAnnouncement(el, 'Acme was not moved to Contacted.');
    expect(line.calls).to.deep.equal([]);
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('cancels a drag dropped outside every column', async () => {
    const { el, line } = await liveBoard();
    const [x, y] = center(card(el, 'l-acme')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 10, y + 5] });
    const [tx, ty] = center($(el, '[part="toolbar"]')!);
    await sendMouse({ type: 'move', position: [tx, ty] });
    await aTimeout(50);
    await sendMouse({ type: 'up' });
    await waitForAnnouncement(el, 'Move cancelled. Acme stays in New.');
    expect(line.calls).to.deep.equal([]);
    expect($(el, '[part="drag-ghost"]')).to.equal(null);
  });

  it("shows and announces the line's reason when it refuses a move, and fires sales-line-move-rejected", async () => {
    const { el } = await liveBoard();
    await openMenu(el, 'l-umbrella');
    const rejected = oneEvent(el, 'sales-line-move-rejected') as Promise<SalesLineMoveRejectedEvent>;
    $(el, '[role="menuitem"][data-stage="meeting-held"]')!.click();
    const { detail } = await rejected;
    expect(detail.reasons).to.deep.equal(['Transition "meeting-held-needs-budget" requires value greaterThanInclusive 1000.']);
    expect(cardIds(el, 'meeting-set')).to.deep.equal(['l-umbrella', 'l-hooli']);
    const message = 'Umbrella cannot move to Meeting held: Transition "meeting-held-needs-budget" requires value greaterThanInclusive 1000.';
    expect(text($(el, '[part="notice"] p'))).to.equal(message);
    await waitForAnnouncement(el, message);
    expect(focused(el)?.dataset.leadId).to.equal('l-umbrella');
  });

  it('shows who a handed-off lead went to and why', async () => {
    const { el } = await liveBoard();
    await openMenu(el, 'l-hooli');
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    $(el, '[role="menuitem"][data-stage="meeting-held"]')!.click();
    const { detail } = await moved;
    expect(detail.decision?.repId).to.equal('r-dana');
    expect(text($(el, '[part="notice"] p'))).to.equal('Hooli handed off to Hunter, assigned to Dana Hunter.');
    expect(text($(el, '[part="notice-why"]'))).to.equal('Why: Handed off to Hunter: Dana Hunter has the fewest open leads (2).');
    expect(text(card(el, 'l-hooli')!.querySelector('[part="card-owner"]'))).to.equal('Owner: Dana Hunter');
    await waitForAnnouncement(el, 'Hooli moved to Meeting held in Hunter, position 1 of 1. Hooli handed off to Hunter, assigned to Dana Hunter.');
  });
});
