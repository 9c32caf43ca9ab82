import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SalesLineBoard } from './board.component.ts';
import { $, $$, card, cardIds, focused, liveBoard } from '../../test/board-harness.ts';
import { boardConfig, boardLeads, boardReps, NOW } from '../../test/fixtures.ts';
import { createFakeLine } from '../../test/fake-line.ts';
import './board.ts';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const events = ['sales-line-before-move', 'sales-line-move', 'sales-line-move-rejected', 'sales-line-select'] as const;

function manyLeads(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `m${index}`, name: `Lead ${index}`, stage: 'new', stageEnteredAt: NOW - index }));
}

describe('<sales-line-board> states and live updates', () => {
  it('is accessible in its error, empty and loading states', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .config=${{ line: {} }}></sales-line-board>`);
    await expect(el).to.be.accessible();
    el.config = boardConfig();
    el.leads = [];
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.loading = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('follows changes the line commits, and fires no event for them', async () => {
    const { el, line } = await liveBoard();
    const heard: string[] = [];
    for (const type of events) el.addEventListener(type, () => heard.push(type));
    line.put({ id: 'l-acme', stage: 'lost', station: 'terminal' });
    await el.updateComplete;
    expect(cardIds(el, 'lost')).to.deep.equal(['l-acme']);
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex']);
    el.collapsed = ['hunter'];
    el.filterText = 'a';
    await el.updateComplete;
    expect(heard).to.deep.equal([]);
  });

  it("follows a rep's new name on every card they own", async () => {
    const { el, line } = await liveBoard();
    line.putRep({ id: 'r-dana', name: 'Dana Closer', station: 'hunter' });
    await el.updateComplete;
    expect(text(card(el, 'l-stark')!.querySelector('[part="card-owner"]'))).to.equal('Owner: Dana Closer');
    expect(text($(el, '[part="wip-badge"]'))).to.equal('⚠ Over limit: Dana Closer');
  });

  it('subscribes while connected and unsubscribes when removed or given another line', async () => {
    const { el, line } = await liveBoard();
    expect(line.listeners()).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(line.listeners()).to.equal(0);
    line.put({ id: 'l-acme', stage: 'contacted', station: 'lead-generation' });
    parent.append(el);
    await el.updateComplete;
    expect(line.listeners()).to.equal(1);
    expect(cardIds(el, 'contacted')).to.deep.equal(['l-initech', 'l-acme']);
    const other = createFakeLine(boardConfig(), { reps: boardReps(), leads: [], clock: () => NOW });
    el.line = other;
    await el.updateComplete;
    expect(line.listeners()).to.equal(0);
    expect(other.listeners()).to.equal(1);
    expect(text($(el, '[part="empty"]'))).to.equal('No leads yet.');
  });

  it('shows an error instead of throwing on a malformed config', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .config=${{ line: { stations: [{ id: 'x', name: 'X', stages: 'new' }] } }}></sales-line-board>`);
    const error = $(el, '[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error.querySelector('p'))).to.equal("The line's config is malformed: line.stations[0].stages must be a non-empty list of stage ids");
  });

  it('shows an error instead of throwing on malformed leads or reps', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .config=${boardConfig()} .leads=${[{ id: 'a', name: 'A' }, { name: 'no id' }]}></sales-line-board>`);
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: leads[1].id must be a non-empty string');
    el.leads = 'nope' as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: leads must be a list');
    el.leads = boardLeads();
    el.reps = [{ id: 'r', station: 'hunter' }] as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: reps[0].name must be a string');
  });

  it('names a read-only lead whose stage is missing or not on the line, and an id used twice, instead of hiding a lead', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .config=${boardConfig()} .leads=${[{ id: 'a', name: 'A', stage: 'new' }, { id: 'b', name: 'B' }]}></sales-line-board>`);
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: leads[1].stage must be one of the line\'s stages; it is missing');
    el.leads = [{ id: 'a', name: 'A', stage: 'lost' }, { id: 'b', name: 'B', stage: 'won' }];
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: leads[1].stage must be one of the line\'s stages; "won" is not');
    el.leads = [{ id: 'a', name: 'A', stage: 'new' }, { id: 'a', name: 'A again', stage: 'contacted' }];
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: leads[1].id "a" is already used by leads[0]');
    el.leads = [{ id: 'a', name: 'A', stage: 'new' }];
    el.reps = [...boardReps(), boardReps()[0]!];
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The leads are malformed: reps[2].id "r-sam" is already used by reps[0]');
    el.reps = boardReps();
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
    expect(cardIds(el, 'new')).to.deep.equal(['a']);
  });

  it('shows an error instead of throwing when the line is not a line, or its getState or getConfig throws', async () => {
    const line = createFakeLine(boardConfig(), { reps: boardReps(), leads: boardLeads(), clock: () => NOW });
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .line=${{ getState: () => line.getState() }}></sales-line-board>`);
    expect(text($(el, '[part="error"] p'))).to.equal('The line cannot be used: line needs subscribe() and moveLead()');
    el.line = 'line' as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The line cannot be used: line must be an object');
    el.line = { ...line, getState: () => { throw new Error('the worker is gone'); } };
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The line cannot be used: getState() failed: the worker is gone');
    el.line = { ...line, getConfig: () => { throw new Error('no config yet'); } };
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal("The line's config is malformed: getConfig() failed: no config yet");
    el.line = line;
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
    expect(line.listeners()).to.equal(1);
  });

  it('takes null leads, reps and collapsed (a host still loading) as none', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board .config=${boardConfig()} .leads=${null} .reps=${null} .collapsed=${null}></sales-line-board>`);
    expect(text($(el, '[part="empty"]'))).to.equal('No leads yet.');
    $(el, '[data-station="hunter"] [part="swimlane-toggle"]')!.click();
    await el.updateComplete;
    expect(el.collapsed).to.deep.equal(['hunter']);
    el.leads = boardLeads();
    await el.updateComplete;
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
  });

  it('shows its empty, loading and unconfigured states', async () => {
    const el = await fixture<SalesLineBoard>(html`<sales-line-board></sales-line-board>`);
    expect(text($(el, '[part="empty"]'))).to.equal('No line configured.');
    el.config = boardConfig();
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('No leads yet.');
    expect($$(el, '[part~="column"]').length).to.equal(7);
    el.loading = true;
    await el.updateComplete;
    expect(text($(el, '[part="loading"]'))).to.equal('Loading leads…');
    expect(el.hasAttribute('loading')).to.equal(true);
  });

  it('keeps one live region, in light DOM, slotted into the board', async () => {
    const { el } = await liveBoard();
    const regions = el.querySelectorAll('[role="status"]');
    expect(regions.length).to.equal(1);
    expect(regions[0]!.getAttribute('aria-live')).to.equal('polite');
    expect(regions[0]!.assignedSlot?.name).to.equal('announcer');
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]').length).to.equal(0);
    el.remove();
    expect(el.querySelectorAll('[role="status"]').length).to.equal(0);
  });

  it('renders only the visible window of a long column, keeping the focused card when scrolled away', async () => {
    const { el } = await liveBoard({ leads: manyLeads(2000) });
    const rendered = $$(el, '[data-drop-stage="new"] .card');
    expect(rendered.length).to.be.lessThan(20);
    expect(cardIds(el, 'new')[0]).to.equal('m1999');
    card(el, 'm1998')!.focus();
    const body = $(el, '[data-drop-stage="new"] .column-body')!;
    body.scrollTop = 10_000_000;
    body.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(card(el, 'm1998')).not.to.equal(null);
    expect(focused(el)?.dataset.leadId).to.equal('m1998');
    expect(card(el, 'm0')).not.to.equal(null);
    expect($$(el, '[data-drop-stage="new"] .card').length).to.be.lessThan(25);
  });

  it('measures its columns again after it is removed and re-added, so a taller column shows more cards', async () => {
    const { el } = await liveBoard({ leads: manyLeads(200) });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    const before = $$(el, '[data-drop-stage="new"] .card').length;
    el.style.setProperty('--sales-line-column-height', '1600px');
    await waitUntil(() => $$(el, '[data-drop-stage="new"] .card').length > before + 5, `more cards in a taller column (had ${before})`, { timeout: 2000 });
  });

  it('scrolls a far card into view when the keyboard reaches it', async () => {
    const { el } = await liveBoard({ leads: manyLeads(300) });
    card(el, 'm299')!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focused(el)?.dataset.leadId).to.equal('m0');
    expect($(el, '[data-drop-stage="new"] .column-body')!.scrollTop).to.be.greaterThan(20_000);
  });

  it('fires sales-line-select on click and Shift+Enter', async () => {
    const { el } = await liveBoard();
    const selected: string[] = [];
    el.addEventListener('sales-line-select', (event) => selected.push(event.detail.leadId));
    card(el, 'l-acme')!.click();
    card(el, 'l-globex')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(selected).to.deep.equal(['l-acme', 'l-globex']);
  });
});
