import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, card, cardIds, focused, liveBoard, waitForAnnouncement } from '../../test/board-harness.ts';

describe('<sales-line-board> focus while the line changes', () => {
  it('is accessible after the line moved the focused card', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    line.put({ id: 'l-acme', stage: 'contacted', station: 'lead-generation' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('keeps focus on a card the line moves to another column, so a keyboard user is not dropped to the page', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    line.put({ id: 'l-acme', stage: 'lost', station: 'terminal' });
    await el.updateComplete;
    expect(cardIds(el, 'lost')).to.deep.equal(['l-acme']);
    await waitUntil(() => focused(el)?.dataset.leadId === 'l-acme', 'focus back on the moved card', { timeout: 1000 });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('leaves focus alone when it was not on the card the line moved', async () => {
    const { el, line } = await liveBoard();
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    line.put({ id: 'l-acme', stage: 'lost', station: 'terminal' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(outside);
    outside.remove();
  });

  it('drops a lift when the line moves the lifted card meanwhile, and says so', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    line.put({ id: 'l-acme', stage: 'lost', station: 'terminal' });
    await el.updateComplete;
    expect($(el, '[part~="drop-target"]')).to.equal(null);
    await waitForAnnouncement(el, 'Move cancelled. Acme stays in Lost.');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(line.calls).to.deep.equal([]);
    await waitForAnnouncement(el, 'Picked up Acme in Lost');
  });

  it('keeps a lift while the line changes other cards of its column', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    line.put({ id: 'l-globex', stageEnteredAt: Date.UTC(2026, 2, 2, 8, 59) });
    await el.updateComplete;
    await aTimeout(20);
    expect(cardIds(el, 'new')).to.deep.equal(['l-acme', 'l-globex']);
    expect($(el, '[part~="drop-target"]')?.dataset.dropStage).to.equal('contacted');
    expect(focused(el)?.dataset.leadId).to.equal('l-acme');
  });

  it('drops a lift when focus leaves the lifted card', async () => {
    const { el, line } = await liveBoard();
    card(el, 'l-acme')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect($(el, '[part~="drop-target"]')).to.not.equal(null);
    card(el, 'l-acme')!.querySelector<HTMLElement>('[part="card-move-button"]')!.focus();
    await aTimeout(20);
    expect($(el, '[part~="drop-target"]'), 'moving within the card keeps the lift').to.not.equal(null);
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await waitUntil(() => $(el, '[part~="drop-target"]') === null, 'the lift put down');
    await waitForAnnouncement(el, 'Move cancelled. Acme stays in New.');
    expect(line.calls).to.deep.equal([]);
    outside.remove();
  });
});
