import { expect } from '@open-wc/testing';
import type { SalesLineConfig } from '@sales-line/core';
import { choose, click, editorConfig, field, q, ruleEditor } from '../../test/rule-editor-fixtures.ts';

const BIG = { fact: 'employees', operator: 'greaterThanInclusive', value: 500 };
const FINTECH = { fact: 'industry', operator: 'equal', value: 'fintech' };

/** The fixture's rule, its conditions a reference to the shared "big" condition and a fact row. */
function withShared(): SalesLineConfig {
  const config = editorConfig();
  const rule = config.routing.rules[0]!;
  return {
    ...config,
    routing: { ...config.routing, conditions: { big: { all: [BIG] }, fintech: { all: [FINTECH] } }, rules: [{ ...rule, conditions: { all: [{ condition: 'big' }, FINTECH] } }] },
  };
}
const conditionsOf = (el: { value: unknown }) => (el.value as { routing: { rules: { conditions: { all: unknown[] } }[] } }).routing.rules[0]!.conditions.all;

describe('<sales-line-rule-editor> shared conditions', () => {
  it('is accessible with a reference to a shared condition', async () => {
    const el = await ruleEditor({ config: withShared() });
    await expect(el).to.be.accessible();
  });

  it('picks which shared condition a reference names from the document\'s own, and undo restores it', async () => {
    const el = await ruleEditor({ config: withShared() });
    const select = field<HTMLSelectElement>(el, 'routing.rules.0.conditions.all.0.condition');
    expect([...select.options].map((option) => option.value)).to.deep.equal(['big', 'fintech']);
    expect(select.value).to.equal('big');
    await choose(el, select, 'fintech');
    expect(conditionsOf(el)[0]).to.deep.equal({ condition: 'fintech' });
    expect(el.valid).to.equal(true);
    await click(el, q(el, '[data-action="undo"]'));
    expect(conditionsOf(el)[0]).to.deep.equal({ condition: 'big' });
  });

  it('copies a shared condition into the rule to edit it there, leaving the shared one as it was', async () => {
    const el = await ruleEditor({ config: withShared() });
    await click(el, q(el, '[data-inline="routing.rules.0.conditions.all.0"]'));
    expect(conditionsOf(el)[0]).to.deep.equal({ all: [BIG] });
    expect(field<HTMLSelectElement>(el, 'routing.rules.0.conditions.all.0.all.0.fact').value).to.equal('employees');
    await choose(el, field(el, 'routing.rules.0.conditions.all.0.all.0.operator'), 'lessThan');
    expect((el.value as { routing: { conditions: Record<string, unknown> } }).routing.conditions.big).to.deep.equal({ all: [BIG] });
  });

  it('adds a reference to a group, and shows an unknown name at its field with the issue', async () => {
    const el = await ruleEditor({ config: withShared() });
    await click(el, q(el, '[data-path="routing.rules.0.conditions"] [data-add="shared"]'));
    expect(conditionsOf(el)[2]).to.deep.equal({ condition: 'big' });
    const broken = withShared();
    (broken.routing.rules[0]!.conditions as { all: unknown[] }).all[0] = { condition: 'bgi' };
    el.config = broken;
    await el.updateComplete;
    const select = field<HTMLSelectElement>(el, 'routing.rules.0.conditions.all.0.condition');
    expect(select.value).to.equal('bgi');
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(q<HTMLButtonElement>(el, '[data-inline="routing.rules.0.conditions.all.0"]')!.disabled).to.equal(true);
    expect(el.valid).to.equal(false);
  });

  it('offers no "add shared condition" when the document has none', async () => {
    const el = await ruleEditor();
    expect(q(el, '[data-add="shared"]')).to.equal(null);
  });
});
