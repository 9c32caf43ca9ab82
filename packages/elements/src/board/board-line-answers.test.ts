import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MoveResult } from '@sales-line/core';
import type { SalesLineMoveEvent, SalesLineMoveRejectedEvent } from '../events.ts';
import { $, card, cardIds, focused, liveBoard, waitForAnnouncement } from '../../test/board-harness.ts';

const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A board whose line answers `moveLead` with `answer` (a proxy over an API may answer anything). */
async function boardAnswering(answer: unknown) {
  const board = await liveBoard();
  board.line.moveLead = async () => answer as MoveResult;
  board.el.line = { ...board.line };
  await board.el.updateComplete;
  return board;
}

async function moveAcmeByKeyboard(el: HTMLElement) {
  card(el as never, 'l-acme')!.focus();
  await sendKeys({ press: 'Space' });
  await sendKeys({ press: 'ArrowRight' });
  await sendKeys({ press: 'Space' });
}

describe('<sales-line-board> with a line that answers a move oddly', () => {
  it('is accessible after an answer it could not read', async () => {
    const { el } = await boardAnswering(undefined);
    const rejected = oneEvent(el, 'sales-line-move-rejected');
    await moveAcmeByKeyboard(el);
    await rejected;
    await expect(el).to.be.accessible();
  });

  it('treats no answer, or a refusal without reasons, as a refusal the user is told about', async () => {
    for (const answer of [undefined, 'ok', { ok: false, reason: 'closed' }]) {
      const { el } = await boardAnswering(answer);
      const rejected = oneEvent(el, 'sales-line-move-rejected') as Promise<SalesLineMoveRejectedEvent>;
      await moveAcmeByKeyboard(el);
      const { detail } = await rejected;
      expect(detail.reasons, JSON.stringify(answer)).to.deep.equal(['The line did not say whether it made the move.']);
      expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
      await waitForAnnouncement(el, 'Acme cannot move to Contacted: The line did not say whether it made the move.');
      expect(focused(el)?.dataset.leadId).to.equal('l-acme');
      el.remove();
    }
  });

  it('completes a move whose decision has no explanation, and fires sales-line-move', async () => {
    const decision = { leadId: 'l-acme', station: 'lead-generation', stage: 'contacted', repId: null, queue: 'inbox', rule: null, fallback: true };
    const { el } = await boardAnswering({ ok: true, decision });
    const moved = oneEvent(el, 'sales-line-move') as Promise<SalesLineMoveEvent>;
    await moveAcmeByKeyboard(el);
    expect((await moved).detail.to).to.equal('contacted');
    expect(text($(el, '[part="notice"] p'))).to.equal('Acme handed off to Lead generation, waiting in queue inbox.');
    expect($(el, '[part="notice-why"]')).to.equal(null);
  });
});
