import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SalesLineLeaderboard } from './leaderboard.component.ts';
import { benchmarkReport, dialsMetric, HOSTILE, rep } from '../../test/widget-fixtures.ts';
import './leaderboard.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)).join(' | '));
const names = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody th')].map((cell) => text(cell));
const sortOf = (el: Element) => [...el.shadowRoot!.querySelectorAll('thead th')].map((th) => th.getAttribute('aria-sort'));
const button = (el: Element, column: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-column="${column}"]`)!;

describe('<sales-line-leaderboard>', () => {
  it('is accessible, and ranks the station on percentile with value, percentile and status in words', async () => {
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard lang="en-US" .report=${benchmarkReport()} station="lead-generation" metric="dials"></sales-line-leaderboard>`);
    await expect(el).to.be.accessible();
    expect(text(el.shadowRoot!.querySelector('caption'))).to.equal('Lead generation: Dials · 5 reps');
    expect(rows(el)).to.deep.equal([
      '1 | Ana | 120 per workday | p78 | above the team; target met',
      '2 | Dee | 104 per workday | p66 | within the team; target met',
      '3 | Cy | 92 per workday | p50 | within the team; target missed',
      '4 | Ben | 60 per workday | p5 | below the team; target missed',
      '— | Eve (ramping) | 30 per workday | — | not compared; target missed',
    ]);
    expect(sortOf(el)).to.deep.equal([null, 'none', 'none', 'descending', null]);
    expect(el.shadowRoot!.querySelector('[part~="row-ramping"] [part="ramping"]')).to.not.equal(null);
  });

  it('sorts by keyboard: Enter on a header toggles its direction, Space on another sorts by it', async () => {
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${benchmarkReport()} metric="dials"></sales-line-leaderboard>`);
    button(el, 'name').focus();
    const sorted = oneEvent(el, 'sales-line-sort');
    await sendKeys({ press: 'Enter' });
    expect((await sorted).detail).to.deep.equal({ column: 'name', direction: 'ascending' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana', 'Ben', 'Cy', 'Dee', 'Eve (ramping)']);
    expect(sortOf(el)).to.deep.equal([null, 'ascending', 'none', 'none', null]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Eve (ramping)', 'Dee', 'Cy', 'Ben', 'Ana']);
    expect(sortOf(el)[1]).to.equal('descending');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ana', 'Dee', 'Cy', 'Ben', 'Eve (ramping)']);
    expect(sortOf(el)).to.deep.equal([null, 'none', 'descending', 'none', null]);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'value'));
  });

  it('keeps reps without a value last whichever way a column is sorted', async () => {
    const metric = dialsMetric([rep('a', 'A', null, null, null), rep('b', 'B', 10, 20, 'below'), rep('c', 'C', 20, 80, 'above')]);
    const report = { ...benchmarkReport(metric) };
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${report} metric="dials" sort-by="value" sort-direction="ascending"></sales-line-leaderboard>`);
    expect(names(el)).to.deep.equal(['B', 'C', 'A']);
    el.sortDirection = 'descending';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['C', 'B', 'A']);
  });

  it('treats an unknown sort-by or sort-direction as the default, as HTML does with an enumerated attribute', async () => {
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${benchmarkReport()} metric="dials" sort-by="bogus" sort-direction="sideways"></sales-line-leaderboard>`);
    expect(names(el)).to.deep.equal(['Ana', 'Dee', 'Cy', 'Ben', 'Eve (ramping)']);
    expect(sortOf(el)).to.deep.equal([null, 'none', 'none', 'descending', null]);
    el.sortBy = 'constructor' as never;
    el.sortDirection = 'ascending';
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ben', 'Cy', 'Dee', 'Ana', 'Eve (ramping)']);
    expect(sortOf(el)).to.deep.equal([null, 'none', 'none', 'ascending', null]);
  });

  it('renders 500 reps as 500 rows, and hostile names as text', async () => {
    const reps = Array.from({ length: 500 }, (_, index) => rep(`r${index}`, index === 7 ? HOSTILE : `Rep ${index}`, index, (index / 499) * 100, 'within'));
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${benchmarkReport(dialsMetric(reps))} metric="dials"></sales-line-leaderboard>`);
    expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(500);
    expect(names(el)[0]).to.equal('Rep 499');
    expect(names(el)).to.include(HOSTILE);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('shows an error, not a throw, for an unknown metric or a malformed report, and follows lang', async () => {
    const el = await fixture<SalesLineLeaderboard>(html`<sales-line-leaderboard .report=${benchmarkReport()} metric="nope"></sales-line-leaderboard>`);
    await expect(el).to.be.accessible();
    expect(text(el.shadowRoot!.querySelector('[part="error"] p'))).to.equal('No metric "nope" in the report.');
    el.report = { stations: [{ station: 's', metrics: [{ id: 'nope', label: 'x', distribution: dialsMetric().distribution, reps: [{ repId: 1 }] }] }] } as never;
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[part="error"] p'))).to.equal('The benchmark is malformed: nope.reps[0] needs a repId and a number or null value and percentile');
    el.report = benchmarkReport();
    el.metric = 'win-rate';
    el.setAttribute('lang', 'de-DE');
    el.strings = { percentileValue: (p) => `P. ${p}` };
    await el.updateComplete;
    expect(rows(el)).to.deep.equal(['1 | Hal | 35 % | P. 100 | above the team', '2 | Ida | 15 % | P. 0 | below the team']);
  });
});
