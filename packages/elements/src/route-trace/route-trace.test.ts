import { expect, fixture, html } from '@open-wc/testing';
import type { SalesLineRouteTrace } from './route-trace.component.ts';
import { HOSTILE, routingDecision } from '../../test/widget-fixtures.ts';
import { editorConfig } from '../../test/rule-editor-fixtures.ts';
import './route-trace.ts';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

describe('<sales-line-route-trace>', () => {
  it('is accessible, with the plain explanation and the outcome on top', async () => {
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace lang="en-US" .decision=${routingDecision()}></sales-line-route-trace>`);
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="text"]'))).to.equal("Routed to Hunter by rule 'fintech-enterprise': industry is fintech and employees 1,200 ≥ 500.");
    expect(text($(el, '[part="outcome"]'))).to.equal('hunter, stage qualified, assigned to Dana');
  });

  it('lists the rules in the order tried, the matched one open, others collapsed', async () => {
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace .decision=${routingDecision()}></sales-line-route-trace>`);
    expect($$(el, '[part="rule-summary"]').map(text)).to.deep.equal([
      'fintech-enterprise — matched (priority 10)',
      'emea — missed (priority 5)',
      'catch-all — not evaluated: a higher rule had already won (priority 1)',
    ]);
    expect($$(el, '[part~="rule"]').map((rule) => rule.getAttribute('part'))).to.deep.equal(['rule rule-matched', 'rule rule-missed', 'rule rule-skipped']);
    expect($$(el, 'details').map((d) => (d as HTMLDetailsElement).open)).to.deep.equal([true, false, false]);
    el.expanded = true;
    await el.updateComplete;
    expect($$(el, 'details').map((d) => (d as HTMLDetailsElement).open)).to.deep.equal([true, true, true]);
  });

  it('shows each condition with fact, value, operator, expected and result, groups as nested lists', async () => {
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace expanded .decision=${routingDecision()}></sales-line-route-trace>`);
    const first = $$(el, '[part~="rule"]')[0]!;
    const top = first.querySelector(':scope details > ul > li')!;
    expect(text(top.querySelector(':scope > span'))).to.equal('All of: yes');
    const leaves = [...first.querySelectorAll('li[part~="condition"]')].filter((li) => !li.querySelector('ul')).map(text);
    expect(leaves).to.deep.equal([
      '✓ industry: "fintech" equals "fintech" — yes',
      '✓ employees: 1,200 ≥ 500 — yes',
      '✗ budget.max: missing > floor (50,000) — no',
    ]);
    expect(top.querySelector(':scope > ul > li > ul > li')).to.not.equal(null);
    const second = $$(el, '[part~="rule"]')[1]!;
    expect(text(second.querySelector('li > span'))).to.equal('Not: no');
    expect(text(second.querySelector(':scope li li'))).to.equal('✗ region: missing is one of ["us", "ca"] — no');
    expect(text(second.querySelector('[part="missing-facts"]'))).to.equal('Missing facts: region');
  });

  it('shows who was chosen and why each other candidate was not', async () => {
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace .decision=${routingDecision()}></sales-line-route-trace>`);
    expect($$(el, '[part~="candidate"]').map((row) => [...row.children].map(text).join(' | '))).to.deep.equal([
      'Dana | Chosen | 3 | 2',
      'Eli | Eligible, not chosen | 5 | 1',
      'Fay | Excluded (capacity): at 12 of 12 open leads | 12 | —',
    ]);
    expect(text($(el, '[part="strategy"]'))).to.equal('Strategy: least-loaded; Tie-break: credits');
  });

  it('renders hostile text as text, and a malformed decision as an error', async () => {
    const decision = routingDecision();
    decision.explanation.text = HOSTILE;
    decision.explanation.candidates[0]!.name = HOSTILE;
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace .decision=${decision}></sales-line-route-trace>`);
    expect(text($(el, '[part="text"]'))).to.equal(HOSTILE);
    expect($(el, 'img')).to.equal(null);
    el.decision = { leadId: 'x', explanation: { text: 'x', rules: 'no' } } as never;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(text($(el, '[part="error"] p'))).to.equal('The decision is malformed: explanation.rules must be a list');
    el.decision = { ...routingDecision(), explanation: { ...routingDecision().explanation, rules: [{ name: 'r', conditions: { kind: 'all' } }] } } as never;
    await el.updateComplete;
    expect(text($(el, '[part="error"] strong'))).to.equal('This routing decision cannot be shown');
    el.decision = undefined;
    el.strings = { empty: 'Rien' };
    await el.updateComplete;
    expect(text($(el, '[part="empty"]'))).to.equal('Rien');
  });

  it('names the station from the config when one is given, and keeps the id otherwise', async () => {
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace .decision=${routingDecision()}></sales-line-route-trace>`);
    expect(text($(el, '[part="outcome"]'))).to.match(/^hunter, /);
    el.config = editorConfig();
    await el.updateComplete;
    expect(text($(el, '[part="outcome"]'))).to.equal('Hunter, stage qualified, assigned to Dana');
    el.config = { ...editorConfig(), line: { ...editorConfig().line, stations: [] } };
    await el.updateComplete;
    expect(text($(el, '[part="outcome"]'))).to.match(/^hunter, /);
  });

  it('shows two- and three-digit rule numbers whole, inside the element', async () => {
    const decision = routingDecision();
    const [first] = decision.explanation.rules;
    decision.explanation.rules = Array.from({ length: 120 }, (_, index) => ({ ...first!, name: `rule-${index + 1}`, index, matched: index === 0 }));
    const el = await fixture<SalesLineRouteTrace>(html`<sales-line-route-trace style="display:block;width:400px" .decision=${decision}></sales-line-route-trace>`);
    const host = el.getBoundingClientRect();
    const rules = $$(el, '[part~="rule"]') as HTMLElement[];
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(rules[0]!).font;
    document.body.append(probe);
    for (const index of [9, 11, 99, 119]) {
      const item = rules[index]!;
      const box = item.getBoundingClientRect();
      const summary = item.querySelector('summary')!.getBoundingClientRect();
      probe.textContent = `${index + 1}.`;
      expect(getComputedStyle(item, '::before').content, `rule ${index + 1}`).to.match(/counter\(rule\)/);
      expect(box.left, `rule ${index + 1} starts inside the element`).to.be.at.least(host.left);
      expect(summary.left - box.left, `room for "${index + 1}." before rule ${index + 1}`).to.be.at.least(probe.getBoundingClientRect().width);
    }
    probe.remove();
  });
});
