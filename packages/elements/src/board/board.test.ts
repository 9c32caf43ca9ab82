import { expect, fixture, html } from '@open-wc/testing';
import { presetsForTests } from '../../test/fixtures.ts';
import './board.ts';

describe('<sales-line-board>', () => {
  it('is accessible', async () => {
    const el = await fixture(html`<sales-line-board .config=${presetsForTests.config} .leads=${presetsForTests.leads}></sales-line-board>`);
    await expect(el).to.be.accessible();
  });

  it('shows a column per stage with its count, grouped by station', async () => {
    const el = await fixture(html`<sales-line-board .config=${presetsForTests.config} .leads=${presetsForTests.leads}></sales-line-board>`);
    const lanes = el.shadowRoot!.querySelectorAll('[part="swimlane"]');
    expect(lanes.length).to.equal(2);
    const newColumn = el.shadowRoot!.querySelector('[data-stage="new"]')!;
    expect(newColumn.querySelectorAll('[part="card"]').length).to.equal(2);
  });

  it('renders a hostile lead name as text', async () => {
    const leads = [{ id: 'x', name: '<img src=x onerror="window.__pwned=1">', stage: 'new' }];
    const el = await fixture(html`<sales-line-board .config=${presetsForTests.config} .leads=${leads}></sales-line-board>`);
    const card = el.shadowRoot!.querySelector('[part="card"]')!;
    expect(card.textContent).to.contain('<img');
    expect(card.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
