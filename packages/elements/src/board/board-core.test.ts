import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSalesLine } from '@sales-line/core';
import type { SalesLineBoard } from './board.component.ts';
import type { BoardLine } from './board-line.ts';
import type { SalesLineMoveEvent, SalesLineMoveRejectedEvent } from '../events.ts';
import { $, card, cardIds, focused, waitForAnnouncement } from '../../test/board-harness.ts';
import { boardConfig, boardLeads, boardReps, NOW } from '../../test/fixtures.ts';
import './board.ts';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A board on core's real `createSalesLine`, its leads added and settled. */
async function coreBoard(config = boardConfig()) {
  const line = createSalesLine(config, { reps: boardReps(), leads: boardLeads(), clock: () => NOW });
  await line.idle();
  // Compile-time check: core's SalesLine is a BoardLine as it is, no adapter needed.
  const asBoardLine: BoardLine = line;
  const el = await fixture<SalesLineBoard>(html`<sales-line-board lang="en-US" .line=${asBoardLine}></sales-line-board>`);
  return { el, line };
}

describe('<sales-line-board> on the real createSalesLine', () => {
  it('is accessible', async () => {
    const { el } = await coreBoard();
    await expect(el).to.be.accessible();
  });

  it('shows the leads where the line placed them', async () => {
    const { el, line } = await coreBoard();
    const state = line.getState();
    for (const record of Object.values(state.leads)) expect(cardIds(el, record.stage)).to.include(record.id);
  });

  it("ages deadlines with the line's own clock", async () => {
    const { el } = await coreBoard();
    expect(text(card(el, 'l-acme')!.querySelector('[part~="deadline"]'))).to.equal('Due in 4 hours');
  });

  it('moves a card with the keyboard through the line and follows its new state', async () => {
    const { el, line } = await coreBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    await sendKeys({ press: 'Space' });
    expect((await moved).detail).to.include({ leadId: 'l-acme', from: 'new', to: 'contacted', source: 'keyboard' });
    expect(line.getState().leads['l-acme']!.stage).to.equal('contacted');
    expect(cardIds(el, 'contacted')).to.include('l-acme');
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
    expect(line.audit().at(-1)).to.include({ command: 'moveLead', leadId: 'l-acme' });
  });

  it("shows the line's own reason when a transition's guard refuses a move", async () => {
    const { el, line } = await coreBoard();
    $(el, '.card[data-lead-id="l-umbrella"] [part="card-move-button"]')!.click();
    await el.updateComplete;
    const rejected = oneEvent(el, 'sales-line-move-rejected') as Promise<SalesLineMoveRejectedEvent>;
    $(el, '[role="menuitem"][data-stage="meeting-held"]')!.click();
    const { detail } = await rejected;
    expect(detail.reasons).to.have.length(1);
    expect(detail.reasons[0]).to.contain('value 500');
    expect(line.getState().leads['l-umbrella']!.stage).to.equal('meeting-set');
    const notice = text($(el, '[part="notice"] p'));
    expect(notice).to.equal(`Umbrella cannot move to Meeting held: ${detail.reasons.join(' ')}`);
    await waitForAnnouncement(el, notice);
  });

  it('refuses a move over a WIP limit with the reason from the line', async () => {
    const { el, line } = await coreBoard();
    await line.moveLead('l-globex', 'contacted');
    await el.updateComplete;
    $(el, '.card[data-lead-id="l-acme"] [part="card-move-button"]')!.click();
    await el.updateComplete;
    const rejected = oneEvent(el, 'sales-line-move-rejected') as Promise<SalesLineMoveRejectedEvent>;
    $(el, '[role="menuitem"][data-stage="contacted"]')!.click();
    const { detail } = await rejected;
    expect(detail.reasons).to.deep.equal(['contacted already holds 2 of 2 leads; free a place or raise the WIP limit.']);
    expect(cardIds(el, 'new')).to.deep.equal(['l-acme']);
  });

  it('shows who a hand-off went to and why, from the routing decision', async () => {
    const { el, line } = await coreBoard(boardConfig({ guarded: false }));
    $(el, '.card[data-lead-id="l-hooli"] [part="card-move-button"]')!.click();
    await el.updateComplete;
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    $(el, '[role="menuitem"][data-stage="meeting-held"]')!.click();
    const { detail } = await moved;
    const decision = detail.decision!;
    expect(decision.station).to.equal('hunter');
    expect(line.getState().leads['l-hooli']).to.include({ stage: 'meeting-held', ownerId: decision.repId });
    expect(text($(el, '[part="notice"] p'))).to.equal('Hooli handed off to Hunter, assigned to Dana Hunter.');
    expect(text($(el, '[part="notice-why"]'))).to.equal(`Why: ${decision.explanation.text}`);
  });

  it('follows leads the line adds and re-routes, without firing events', async () => {
    const { el, line } = await coreBoard();
    const heard: string[] = [];
    for (const type of ['sales-line-move', 'sales-line-before-move', 'sales-line-move-rejected', 'sales-line-select'] as const) {
      el.addEventListener(type, () => heard.push(type));
    }
    await line.addLead({ id: 'l-new', name: 'Newco', company: 'Newco' });
    await el.updateComplete;
    const stage = line.getState().leads['l-new']!.stage;
    expect(cardIds(el, stage)).to.include('l-new');
    expect(text(card(el, 'l-new')!.querySelector('[part="card-name"]'))).to.equal('Newco');
    expect(heard).to.deep.equal([]);
  });
});
