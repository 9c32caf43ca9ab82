import { expect, fixture, html } from '@open-wc/testing';
import type { SalesLineBenchmark } from './benchmark/benchmark.component.ts';
import type { SalesLineLeaderboard } from './leaderboard/leaderboard.component.ts';
import { cardIds, liveBoard } from '../test/board-harness.ts';
import { benchmarkReport } from '../test/widget-fixtures.ts';
import './leaderboard/leaderboard.ts';
import './benchmark/benchmark.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('attributes of the elements', () => {
  it('return the board to its defaults when removed, instead of breaking every later render', async () => {
    const { el } = await liveBoard();
    const attributes: Array<[string, string, keyof typeof el, unknown]> = [
      ['filter-text', 'acme', 'filterText', ''],
      ['owner-filter', 'r-dana', 'ownerFilter', ''],
      ['currency', 'EUR', 'currency', 'USD'],
      ['actor', 'ops@example.com', 'actor', undefined],
      ['card-height', '80', 'cardHeight', 100],
    ];
    for (const [attribute, value, property, fallback] of attributes) {
      el.setAttribute(attribute, value);
      await el.updateComplete;
      el.removeAttribute(attribute);
      await el.updateComplete;
      expect(el[property], attribute).to.equal(fallback);
    }
    expect(cardIds(el, 'new')).to.deep.equal(['l-globex', 'l-acme']);
    el.filterText = null as never;
    el.ownerFilter = null as never;
    await el.updateComplete;
    expect(cardIds(el, 'new'), 'null filters set from script filter nothing').to.deep.equal(['l-globex', 'l-acme']);
  });

  it('take the default card height for a height that is not a positive number', async () => {
    const { el } = await liveBoard();
    for (const value of ['abc', '0', '-10']) {
      el.setAttribute('card-height', value);
      await el.updateComplete;
      expect(el.cardHeight, value).to.equal(100);
    }
    el.setAttribute('card-height', '72');
    await el.updateComplete;
    expect(el.cardHeight).to.equal(72);
  });

  it('return the widgets to their defaults when removed', async () => {
    const board = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${benchmarkReport()} station="lead-generation" metric="dials"></sales-line-leaderboard>`);
    board.removeAttribute('station');
    await board.updateComplete;
    expect(board.station).to.equal('');
    expect(text(board.shadowRoot!.querySelector('caption'))).to.equal('Lead generation: Dials · 5 reps');
    const chart = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark .report=${benchmarkReport()} station="lead-generation" metric-id="dials" rep-id="r-ana"></sales-line-benchmark>`);
    chart.removeAttribute('station');
    await chart.updateComplete;
    expect(chart.station).to.equal('');
    expect(text(chart.shadowRoot!.querySelector('[part="summary"]'))).to.match(/^Ana: 120 dials per workday/);
  });
});
