import { expect, waitUntil } from '@open-wc/testing';
import { parseConfig, replay, routeSync, validateConfig, type Lead, type SalesLineConfig } from '@sales-line/core';
import { generateLeads, realisticRules, routingConfig } from '../../../core/test/fixtures/rules.ts';
import { choose, field, q, qa, ruleEditor, text, typeInto } from '../../test/rule-editor-fixtures.ts';
import type { SalesLineRuleEditor } from './rule-editor.component.ts';

/** The reference rules repeated to `count`, each under its own name: a config as large as big teams keep. */
function largeConfig(count = 300): SalesLineConfig {
  const base = realisticRules();
  return parseConfig(routingConfig(Array.from({ length: count }, (_, i) => ({ ...base[i % base.length]!, name: `${base[i % base.length]!.name}-${i}` }))));
}

const largeLeads = (): Lead[] => generateLeads(500, 7).map(({ lead }) => lead);

/** Every dry-run row against core's own routing of the edited document. */
function expectRowsFromCore(el: SalesLineRuleEditor, leads: readonly Lead[]) {
  const validation = validateConfig(el.value);
  if (!validation.ok) throw new Error('the edited document should be valid');
  const rows = qa(el, '[part="dry-run-table"] tbody tr');
  expect(rows).to.have.length(100);
  rows.forEach((row, i) => {
    const decision = routeSync(validation.config, leads[i]!);
    expect(text(row.querySelector('[data-cell="station"]')), leads[i]!.id).to.equal(`${decision.station}${decision.stage ? ` / ${decision.stage}` : ''}`);
    expect(text(row.querySelector('[data-cell="rule"]')), leads[i]!.id).to.equal(decision.rule ?? '(fallback)');
  });
}

describe('<sales-line-rule-editor> on a large config', () => {
  it('validates each keystroke at once, and redoes the dry run and the replay once typing pauses, marking them meanwhile', async () => {
    const leads = largeLeads();
    const el = await ruleEditor({ config: largeConfig(), leads });
    await waitUntil(() => q(el, '[part="replay"]'), 'the first replay', { timeout: 10_000 });
    const priority = () => field(el, 'routing.rules.299.priority');
    await typeInto(el, priority(), '0');
    expect(priority().getAttribute('aria-invalid'), 'the issue is shown at once').to.equal('true');
    expect(q(el, '[part="checking"]'), 'an invalid document has nothing to route').to.equal(null);
    el.undo();
    await el.updateComplete;
    expect(priority().hasAttribute('aria-invalid')).to.equal(false);
    await typeInto(el, field(el, 'routing.rules.150.event.params.pool.team'), 'vip');
    expect(text(q(el, '[part="checking"]'))).to.equal('Checking your last change…');
    expect(q(el, '[part="dry-run"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(q(el, '[part="replay"]'), 'no replay figures from before the edit').to.equal(null);
    await waitUntil(() => q(el, '[part="checking"]') === null, 'the check once typing paused', { timeout: 10_000 });
    expectRowsFromCore(el, leads);
    const diff = await replay(largeConfig(), parseConfig(el.value), leads, { examples: 0 });
    await waitUntil(() => q(el, '[part="replay"]'), 'the replay of the edit', { timeout: 10_000 });
    expect(text(q(el, '[part="replay"]'))).to.equal(`${diff.changed.station} ${diff.changed.station === 1 ? 'lead' : 'leads'} would change station`);
    expect(text(q(el, '[part="impact"] ul'))).to.equal('Changed: partner-referral-150');
  });

  it('checks at once after a pick, and when the typed field is left', async () => {
    const leads = largeLeads();
    const el = await ruleEditor({ config: largeConfig(), leads });
    await choose(el, field(el, 'routing.rules.0.event.params.station'), 'customer-management');
    expect(q(el, '[part="checking"]')).to.equal(null);
    expectRowsFromCore(el, leads);
    await typeInto(el, field(el, 'routing.rules.7.name'), 'emea');
    expect(q(el, '[part="checking"]')).to.not.equal(null);
    field(el, 'routing.rules.7.name').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '[part="checking"]')).to.equal(null);
    expectRowsFromCore(el, leads);
  });

  it('renders every rule again when what rules show besides themselves changes: strings, stations, facts', async () => {
    const el = await ruleEditor({ config: largeConfig(), leads: largeLeads() });
    el.strings = { ruleName: 'Regel' };
    await el.updateComplete;
    const labels = qa(el, 'li.rule .rule-head label:first-of-type').map((label) => text(label));
    expect(labels).to.have.length(300);
    expect(new Set(labels)).to.deep.equal(new Set(['Regel']));
    el.sampleLeads = [{ id: 'l-1', name: 'One', budget: 10 }];
    await el.updateComplete;
    const facts = qa<HTMLSelectElement>(el, '[data-path$=".fact"]');
    expect(facts.every((select) => [...select.options].some((option) => option.value === 'budget'))).to.equal(true);
  });

  it('shows the issues a JSON edit gives rules it left untouched', async () => {
    const el = await ruleEditor({ config: largeConfig(), leads: largeLeads() });
    const { conditions: _dropped, ...routing } = (el.value as SalesLineConfig).routing;
    const json = q<HTMLTextAreaElement>(el, 'textarea')!;
    json.value = JSON.stringify({ ...(el.value as SalesLineConfig), routing });
    json.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    // The reference rules use the shared condition `isHot` in rule 14 of every twenty.
    const hot = Array.from({ length: 15 }, (_, i) => `routing.rules.${14 + 20 * i}.conditions.all.0.condition`);
    for (const path of hot) expect(field(el, path).getAttribute('aria-invalid'), path).to.equal('true');
    expect(qa(el, '[aria-invalid="true"]')).to.have.length(hot.length);
  });
});
