import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SalesLineConfig } from '@sales-line/core';
import type { SalesLineCareerPath } from './career-path.component.ts';
import { HOSTILE, promotionReports, shortPathReports } from '../../test/widget-fixtures.ts';
import './career-path.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const rep = (el: Element, id: string) => $(el, `button[data-rep-id="${id}"]`) as HTMLButtonElement;

describe('<sales-line-career-path>', () => {
  it('is accessible, and lists the steps in order with the reps at each and who is eligible', async () => {
    const el = await fixture<SalesLineCareerPath>(html`<sales-line-career-path .reports=${promotionReports()}></sales-line-career-path>`);
    await expect(el).to.be.accessible();
    expect($$(el, '[part~="step"] h3').map(text)).to.deep.equal(['Lead generation', 'Customer management', 'Business development', 'Hunter', 'Not on the path']);
    expect($$(el, '[part="step-count"]').map(text)).to.deep.equal(['2 reps', '1 rep', '0 reps', '1 rep', '1 rep']);
    expect($$(el, 'button.rep').map(text)).to.deep.equal([
      'Ana ✓ eligible for Customer management',
      'Ben not yet eligible for Customer management',
      'Cy ✓ eligible for Business development',
      'Dana end of the path',
      'Olga no step on this path',
    ]);
    expect(text($$(el, '[part="forbidden"]')[0])).to.equal(
      'Forbidden: Lead generation → Hunter directly. An SDR goes to Hunter through customer management and business development: straight from cold calling, a new closer is too junior and fails.',
    );
  });

  it('selects a rep by keyboard, fires sales-line-rep-select, and shows each criterion met or missing with actual and required', async () => {
    const el = await fixture<SalesLineCareerPath>(html`<sales-line-career-path .reports=${promotionReports()}></sales-line-career-path>`);
    rep(el, 'r-ben').focus();
    const selected = oneEvent(el, 'sales-line-rep-select');
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail.repId).to.equal('r-ben');
    expect(event.detail.report.name).to.equal('Ben');
    await el.updateComplete;
    expect(rep(el, 'r-ben').getAttribute('aria-pressed')).to.equal('true');
    expect(el.selected).to.equal('r-ben');
    expect(text($(el, '[part="details"] h3'))).to.equal('Ben: promotion criteria');
    expect(text($(el, '[part="details"] p'))).to.equal('Ben is not yet eligible for Customer management: Dials percentile 5 — needs ≥ 60.');
    expect($$(el, '[part~="criterion"]').map((row) => [...row.children].map(text).join(' | '))).to.deep.equal([
      'Dials percentile 5 — needs ≥ 60 | 5 | ≥ 60 | ✗ missing',
      'Months in station 7 — needs ≥ 6 | 7 | ≥ 6 | ✓ met',
    ]);
    expect($$(el, '[part~="criterion"]').map((row) => row.getAttribute('part'))).to.deep.equal(['criterion criterion-missing', 'criterion criterion-met']);
    rep(el, 'r-cy').click();
    await el.updateComplete;
    expect(text($(el, '[part="details"]'))).to.equal('Cy: promotion criteria Cy can move to Business development: no conditions are set for this step. No conditions are set for this step.');
  });

  it("shows a forbidden jump as such, on the config's own path and with its station names", async () => {
    const config = {
      line: { stations: [{ id: 'lead-generation', name: 'SDR' }, { id: 'hunter', name: 'Closer' }] },
      promotion: { path: ['lead-generation', 'hunter'], rules: [] },
    } as unknown as SalesLineConfig;
    const el = await fixture<SalesLineCareerPath>(html`<sales-line-career-path .config=${config} .reports=${shortPathReports()} selected="r-ana"></sales-line-career-path>`);
    expect($$(el, '[part~="step"] h3').map(text)).to.deep.equal(['SDR', 'Closer']);
    expect(text(rep(el, 'r-ana'))).to.equal('Ana forbidden jump');
    expect(text($(el, '[part="details"] [part="forbidden"]'))).to.match(/^Forbidden: SDR → Closer directly\. An SDR goes to Hunter/);
    expect($(el, '[part="criteria"]')).to.equal(null);
  });

  it('renders hostile names as text, and malformed reports as an error', async () => {
    const reports = promotionReports();
    reports[0]!.name = HOSTILE;
    const el = await fixture<SalesLineCareerPath>(html`<sales-line-career-path .reports=${reports}></sales-line-career-path>`);
    expect(text(rep(el, 'r-ana'))).to.equal(`${HOSTILE} ✓ eligible for Customer management`);
    expect($(el, 'img')).to.equal(null);
    el.reports = [{ repId: 'x' }] as never;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="error"] p'))).to.equal('The promotion reports are malformed: reports[0] needs a repId, a station, eligible and a list of criteria');
    el.reports = undefined;
    el.strings = { empty: 'Leer' };
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('Leer');
  });

  it('names the place of a malformed config, instead of blaming the reports with an engine message', async () => {
    const el = await fixture<SalesLineCareerPath>(html`<sales-line-career-path .reports=${promotionReports()} .config=${{ line: { stations: 'x' } }}></sales-line-career-path>`);
    expect(text($(el, '[part="error"] p'))).to.equal('The config is malformed: line.stations must be a list of stations');
    el.config = { line: { stations: [null] } } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The config is malformed: line.stations[0] must be an object with a string id');
    el.config = { line: { stations: [] }, promotion: { path: 'lead-generation' } } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The config is malformed: promotion.path must be a list of station ids');
    el.config = { line: { stations: [] }, promotion: { forbidden: [{ from: 'a' }] } } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] p'))).to.equal('The config is malformed: promotion.forbidden[0] needs a from and a to station id');
    el.config = undefined;
    await el.updateComplete;
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
