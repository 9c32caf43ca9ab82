import { expect, fixture, html } from '@open-wc/testing';
import type { SalesLineBenchmark } from './benchmark.component.ts';
import { benchmarkReport, dialsMetric, HOSTILE, rep } from '../../test/widget-fixtures.ts';
import './benchmark.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);

describe('<sales-line-benchmark>', () => {
  it('is accessible, and says where the rep stands in words', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark lang="en-US" .report=${benchmarkReport()} metric-id="dials" rep-id="r-ana"></sales-line-benchmark>`);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="summary"]'))).to.equal('Ana: 120 dials per workday — above the team (p78); target met');
    expect(text($(el, 'svg title'))).to.equal('Dials, Lead generation');
    expect(text($(el, 'svg desc'))).to.equal(
      'Ana: 120 dials per workday — above the team (p78); target met. Team of 4: median 92 per workday, middle half 80 per workday to 110 per workday, range 60 per workday to 125 per workday.',
    );
    expect($(el, 'svg')!.getAttribute('role')).to.equal('img');
  });

  it('draws the box from p25 to p75, the median, the whiskers, the target and the marker on one scale', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark .metric=${dialsMetric()} rep-id="r-ana"></sales-line-benchmark>`);
    // Domain 60..125 over x 12..308.
    const x = (value: number) => 12 + ((value - 60) / 65) * 296;
    const box = $(el, '[part="box"]')!;
    expect(Number(box.getAttribute('x'))).to.be.closeTo(x(80), 0.01);
    expect(Number(box.getAttribute('width'))).to.be.closeTo(x(110) - x(80), 0.01);
    expect(Number($(el, '[part="median"]')!.getAttribute('x1'))).to.be.closeTo(x(92), 0.01);
    expect(Number($(el, '[part="target"]')!.getAttribute('x1'))).to.be.closeTo(x(100), 0.01);
    expect(Number($(el, '[part="marker"]')!.getAttribute('cx'))).to.be.closeTo(x(120), 0.01);
    expect(Number($(el, '[part="whisker"]')!.getAttribute('x2'))).to.be.closeTo(x(125), 0.01);
  });

  it('offers the numbers as a table for screen readers', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark .metric=${dialsMetric()} rep-id="r-ben"></sales-line-benchmark>`);
    const rows = [...el.shadowRoot!.querySelectorAll('[part="table"] tbody tr')].map((row) => [...row.children].map((cell) => text(cell)).join(' '));
    expect(rows).to.deep.equal([
      'Minimum 60 per workday',
      '25th percentile 80 per workday',
      'Median 92 per workday',
      '75th percentile 110 per workday',
      '90th percentile 118 per workday',
      'Maximum 125 per workday',
      'Target 100 per workday',
      'Ben 60 per workday',
    ]);
    expect(text($(el, '[part="summary"]'))).to.equal('Ben: 60 dials per workday — below the team (p5); target missed');
  });

  it('formats ratios as percentages in the element\'s lang, and a ramping rep without a value says so', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark lang="de-DE" .report=${benchmarkReport()} metric-id="win-rate" station="hunter" rep-id="r-hal"></sales-line-benchmark>`);
    expect(text($(el, '[part="summary"]'))).to.equal('Hal: Win rate 35 % — above the team (p100)');
    el.metric = dialsMetric([rep('r-eve', 'Eve', null, null, null, { ramping: true })]);
    el.repId = 'r-eve';
    await el.updateComplete;
    expect(text($(el, '[part="summary"]'))).to.equal('Eve (ramping): Dials — no value yet');
    expect($(el, '[part="marker"]')).to.equal(null);
  });

  it('renders hostile names as text', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark .metric=${dialsMetric([rep('x', HOSTILE, 90, 40, 'within')])} rep-id="x"></sales-line-benchmark>`);
    expect(text($(el, '[part="summary"]'))).to.equal(`${HOSTILE}: 90 dials per workday — within the team (p40); target missed`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('shows an error, not a throw, for a missing metric or rep and malformed input, and takes new strings', async () => {
    const el = await fixture<SalesLineBenchmark>(html`<sales-line-benchmark .report=${benchmarkReport()} metric-id="nope" rep-id="r-ana"></sales-line-benchmark>`);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="error"] p'))).to.equal('No metric "nope" in the report.');
    el.metricId = 'dials';
    el.repId = 'ghost';
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('No rep "ghost" in this metric.');
    el.metric = { ...dialsMetric(), distribution: { median: 'x' } } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The benchmark is malformed: dials.distribution.median must be a number or null');
    el.metric = undefined;
    el.report = { stations: 'nope' } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The benchmark is malformed: report.stations must be a list');
    el.report = undefined;
    el.strings = { empty: 'Nichts' };
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('Nichts');
  });
});
