import { expect, fixture, html } from '@open-wc/testing';
import './define/all.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the widgets given null data', () => {
  it('show their empty state, as for no data, not an error (a host still loading hands in null)', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['sales-line-benchmark', { report: null, metric: null }, 'No benchmark to show.'],
      ['sales-line-leaderboard', { report: null }, 'No benchmark to show.'],
      ['sales-line-capacity', { model: null, result: null }, 'No capacity model or simulation to show.'],
      ['sales-line-career-path', { reports: null, config: null }, 'No promotion reports to show.'],
      ['sales-line-route-trace', { decision: null, config: null }, 'No routing decision to show.'],
    ];
    for (const [tag, properties, empty] of cases) {
      const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<div></div>`);
      const widget = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      Object.assign(widget, properties);
      el.append(widget);
      await widget.updateComplete;
      expect(text(widget.shadowRoot!.querySelector('[part="empty"]')), tag).to.equal(empty);
      expect(widget.shadowRoot!.querySelector('[part="error"]'), tag).to.equal(null);
    }
  });
});
