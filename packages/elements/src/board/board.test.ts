import { expect, fixture, html } from '@open-wc/testing';
import { boardConfig, boardLeads, boardReps, NOW } from '../../test/fixtures.ts';
import { createFakeLine } from '../../test/fake-line.ts';
import './board.ts';

describe('<sales-line-board> smoke', () => {
  it('is accessible', async () => {
    const line = createFakeLine(boardConfig(), { reps: boardReps(), leads: boardLeads(), clock: () => NOW });
    const el = await fixture(html`<sales-line-board .line=${line}></sales-line-board>`);
    console.log(el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 3000));
    await expect(el).to.be.accessible();
  });
});
