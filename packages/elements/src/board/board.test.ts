import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SalesLineBoard } from './board.component.ts';
import { $, $$, card, cardIds, column, liveBoard, waitForAnnouncement } from '../../test/board-harness.ts';
import { boardConfig, boardLeads, boardReps, hostile, HOUR, NOW } from '../../test/fixtures.ts';
import './board.ts';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<sales-line-board> rendering', () => {
  it('is accessible', async () => {
    const { el } = await liveBoard();
    await expect(el).to.be.accessible();
  });

  it('shows a swimlane per station plus the closed stages, and a column per stage with its count', async () => {
    const { el } = await liveBoard();
    expect($$(el, '[part="swimlane"]').map((lane) => lane.dataset.station)).to.deep.equal(['lead-generation', 'hunter', 'terminal']);
    expect($$(el, '.column-title').map(text)).to.deep.equal([
      'New',
      'Contacted',
      'Meeting set',
      'Meeting held',
      'Proposal',
      'Hold for future close',
      'Lost',
    ]);
    expect(text(column(el, 'new').querySelector('.count [aria-hidden]'))).to.equal('2');
    expect(text(column(el, 'new').querySelector('.count .visually-hidden'))).to.equal('2 leads');
    expect(text(column(el, 'contacted').querySelector('.count [aria-hidden]'))).to.equal('1 / 2');
    expect(text(column(el, 'contacted').querySelector('.count .visually-hidden'))).to.equal('1 lead, limit 2');
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
  });

  it("shows a card's name, company, owner, value, age in stage and deadline", async () => {
    const { el } = await liveBoard();
    expect(text(card(el, 'l-acme'))).to.equal('Acme ⏰ Due soon · Due in 30 minutes Acme Corp Owner: Sam SDR Value: $12,000 3 hr in stage Move…');
    expect(text(card(el, 'l-globex')!.querySelector('[part~="deadline"]'))).to.equal('⚠ Overdue · Due 1 hour ago');
    expect(card(el, 'l-initech')!.querySelector('[part~="deadline"]')).to.equal(null);
  });

  it('ages deadline badges with the injected clock', async () => {
    const { el } = await liveBoard();
    el.now = () => NOW - 3 * HOUR;
    await el.updateComplete;
    expect(card(el, 'l-acme')!.querySelector<HTMLElement>('[part~="deadline"]')!.dataset.deadline).to.equal('on-time');
    el.now = () => NOW + HOUR;
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part~="deadline"]'))).to.equal('⚠ Overdue · Due 30 minutes ago');
  });

  it("ignores a clock that is not a function (a timestamp handed in by mistake) and keeps the line's own", async () => {
    const { el } = await liveBoard();
    el.now = (NOW + 10 * HOUR) as never;
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part~="deadline"]'))).to.equal('⏰ Due soon · Due in 30 minutes');
  });

  it("formats money, numbers and durations in the element's lang", async () => {
    const { el } = await liveBoard({ lang: 'de-DE' });
    el.currency = 'EUR';
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part="card-value"]'))).to.equal('Value: 12.000 €');
    expect(text(card(el, 'l-initech')!.querySelector('[part="card-age"]'))).to.equal('1 Tg. in stage');
  });

  it("takes the nearest lang across shadow roots, as inside another component's shadow root", async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="de-DE"><div></div></div>`);
    const shell = outer.firstElementChild!.attachShadow({ mode: 'open' });
    const el = document.createElement('sales-line-board');
    Object.assign(el, { config: boardConfig(), leads: boardLeads(), reps: boardReps(), now: () => NOW });
    shell.append(el);
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part="card-value"]'))).to.equal('Value: 12.000 $');
  });

  it('re-formats when its lang changes', async () => {
    const { el } = await liveBoard();
    el.setAttribute('lang', 'fr-FR');
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part="card-value"]'))).to.equal('Value: 12 000 $US');
  });

  it('marks a column over its WIP limit in words, naming the reps over their per-rep limit', async () => {
    const { el } = await liveBoard();
    const hold = column(el, 'hold-for-future-close');
    expect(hold.getAttribute('part')).to.equal('column column-over-limit');
    expect(text(hold.querySelector('[part="wip-badge"]'))).to.equal('⚠ Over limit: Dana Hunter');
    expect(text(hold.querySelector('[part="wip-per-rep"]'))).to.equal('Max 1 per rep');
    expect(column(el, 'contacted').querySelector('[part="wip-badge"]')).to.equal(null);
  });

  it('collapses and expands a swimlane from its header', async () => {
    const { el } = await liveBoard();
    const toggle = $(el, '[data-station="hunter"] [part="swimlane-toggle"]')!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[data-drop-stage="proposal"]')).to.equal(null);
    expect(el.collapsed).to.deep.equal(['hunter']);
    toggle.click();
    await el.updateComplete;
    expect($(el, '[data-drop-stage="proposal"]')).not.to.equal(null);
  });

  it('filters cards by text and by owner while WIP counts stay whole', async () => {
    const { el } = await liveBoard();
    const input = $(el, '[part="filter-input"]') as HTMLInputElement;
    input.value = 'acme corp';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect($$(el, '.card').map((c) => c.dataset.leadId)).to.deep.equal(['l-acme']);
    expect(text($(el, '.toolbar-count'))).to.equal('1 of 7 leads shown');
    expect(text(column(el, 'contacted').querySelector('.count [aria-hidden]'))).to.equal('1 / 2');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    const select = $(el, '[part="owner-select"]') as HTMLSelectElement;
    select.value = 'r-dana';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($$(el, '.card').map((c) => c.dataset.leadId).sort()).to.deep.equal(['l-stark', 'l-wayne']);
    el.filterText = 'nothing matches this';
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('No leads match the filter.');
  });

  it('renders hostile lead and rep strings as text', async () => {
    const leads = [{ id: 'x', name: hostile, company: hostile, stage: 'new', ownerId: 'evil' }];
    const reps = [{ id: 'evil', name: hostile, station: 'lead-generation' }];
    const { el } = await liveBoard({ leads, reps });
    const shown = card(el, 'x')!;
    expect(shown.querySelector('[part="card-name"]')!.textContent).to.equal(hostile);
    expect(text(shown.querySelector('[part="card-owner"]'))).to.equal(`Owner: ${hostile}`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('uses the strings a host overrides, in visible text and labels', async () => {
    const { el } = await liveBoard();
    el.strings = { moveButton: 'Verschieben…', moveButtonLabel: (lead) => `${lead} verschieben nach…`, stageName: (id) => id.toUpperCase() };
    await el.updateComplete;
    const button = card(el, 'l-acme')!.querySelector('[part="card-move-button"]')!;
    expect(text(button)).to.equal('Verschieben…');
    expect(button.getAttribute('aria-label')).to.equal('Acme verschieben nach…');
    expect(text(column(el, 'new').querySelector('.column-title'))).to.equal('NEW');
  });

  it('keeps the default for a string a host leaves undefined or gives the wrong type, so a move still completes', async () => {
    const { el } = await liveBoard();
    el.strings = { moved: undefined, moveButton: 5, stageName: 'Stage', lifted: (lead: string) => `Got ${lead}.` } as never;
    await el.updateComplete;
    expect(text(card(el, 'l-acme')!.querySelector('[part="card-move-button"]'))).to.equal('Move…');
    expect(text(column(el, 'new').querySelector('.column-title'))).to.equal('New');
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    const moved = oneEvent(el, 'sales-line-move');
    await sendKeys({ press: 'Space' });
    expect((await moved).detail.to).to.equal('contacted');
    await waitForAnnouncement(el, 'Acme moved to Contacted in Lead generation');
  });

  it('shows a read-only board from config, leads and reps, without move controls', async () => {
    const el = await fixture<SalesLineBoard>(
      html`<sales-line-board lang="en-US" .config=${boardConfig()} .leads=${boardLeads()} .reps=${boardReps()} .now=${() => NOW}></sales-line-board>`,
    );
    await expect(el).to.be.accessible();
    expect(cardIds(el, 'meeting-set')).to.deep.equal(['l-umbrella', 'l-hooli']);
    expect(text(card(el, 'l-stark')!.querySelector('[part="card-owner"]'))).to.equal('Owner: Dana Hunter');
    expect($(el, '[part="card-move-button"]')).to.equal(null);
    expect(text($(el, '[part="read-only"]'))).to.equal('Read-only board');
  });
});
