import { expect, waitUntil } from '@open-wc/testing';
import { choose, click, editorConfig, field, q, qa, ruleEditor, text } from '../../test/rule-editor-fixtures.ts';
import type { SalesLineConfig } from '@sales-line/core';

type Doc = { routing: { rules: { name: string; priority?: number; conditions: unknown }[] } };
const rulesOf = (el: { value: unknown }) => (el.value as Doc).routing.rules;

function threeRules(): SalesLineConfig {
  const config = editorConfig();
  const base = config.routing.rules[0]!;
  return {
    ...config,
    routing: {
      ...config.routing,
      rules: [
        { ...base, name: 'low', priority: 1 },
        { ...base, name: 'high', priority: 50 },
        { ...base, name: 'mid', priority: 10 },
      ],
    },
  };
}
const shownNames = (el: HTMLElement) => qa<HTMLInputElement>(el, 'ol.rules > li .rule-name').map((input) => input.value);

describe('<sales-line-rule-editor> builder', () => {
  it('is accessible with several rules and nested groups', async () => {
    const el = await ruleEditor({ config: threeRules() });
    await click(el, q(el, '[data-path="routing.rules.0.conditions"] [data-add="group"]'));
    await expect(el).to.be.accessible();
  });

  it('lists rules in the order routing tries them: priority first, then document order', async () => {
    const el = await ruleEditor({ config: threeRules() });
    expect(shownNames(el)).to.deep.equal(['high', 'mid', 'low']);
  });

  it('moves a rule with its up/down buttons, trading priorities, and keeps focus on the button', async () => {
    const el = await ruleEditor({ config: threeRules() });
    const low = qa(el, 'ol.rules > li')[2]!;
    await click(el, low.querySelector('[data-move="up"]'));
    expect(shownNames(el)).to.deep.equal(['high', 'low', 'mid']);
    expect(rulesOf(el).map((rule) => [rule.name, rule.priority])).to.deep.equal([
      ['mid', 1],
      ['high', 50],
      ['low', 10],
    ]);
    const focused = el.shadowRoot!.activeElement as HTMLElement;
    expect(focused.dataset.move).to.equal('up');
    expect(focused.closest('li')!.querySelector<HTMLInputElement>('.rule-name')!.value).to.equal('low');
    await waitUntil(() => el.querySelector('[role="status"]')?.textContent === 'Rule low moved to position 2 of 3.', 'the move is announced');
    await click(el, qa(el, 'ol.rules > li')[0]!.querySelector('[data-move="down"]'));
    expect(shownNames(el)).to.deep.equal(['low', 'high', 'mid']);
    expect(qa<HTMLButtonElement>(el, 'ol.rules > li')[0]!.querySelector<HTMLButtonElement>('[data-move="up"]')!.disabled).to.equal(true);
  });

  it('moves a rule by dragging it onto another', async () => {
    const el = await ruleEditor({ config: threeRules() });
    const items = qa(el, 'ol.rules > li');
    const data = new DataTransfer();
    items[2]!.querySelector('.drag-handle')!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: data }));
    items[0]!.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    await el.updateComplete;
    expect(shownNames(el)).to.deep.equal(['low', 'high', 'mid']);
  });

  it('removes a rule, a condition and a group', async () => {
    const el = await ruleEditor({ config: threeRules() });
    await click(el, q(el, '[data-remove="routing.rules.1.conditions.all.0"]'));
    expect(rulesOf(el)[1]!.conditions).to.deep.equal({ all: [{ fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] });
    await click(el, q(el, '[data-path="routing.rules.1.conditions"] [data-add="group"]'));
    expect(rulesOf(el)[1]!.conditions).to.deep.equal({
      all: [{ fact: 'employees', operator: 'greaterThanInclusive', value: 500 }, { any: [{ fact: 'employees', operator: 'equal', value: 0 }] }],
    });
    await click(el, q(el, '[data-remove="routing.rules.1.conditions.all.1"]'));
    expect((rulesOf(el)[1]!.conditions as { all: unknown[] }).all).to.have.length(1);
    await click(el, q(el, 'ol.rules > li [data-remove-rule]'));
    expect(rulesOf(el).map((rule) => rule.name)).to.deep.equal(['low', 'mid']);
  });

  it('switches a group between all, any and not, keeping its conditions', async () => {
    const el = await ruleEditor();
    const group = () => q<HTMLSelectElement>(el, 'select[data-path="routing.rules.0.conditions"]')!;
    await choose(el, group(), 'any');
    expect(rulesOf(el)[0]!.conditions).to.have.keys(['any']);
    await choose(el, group(), 'not');
    expect(rulesOf(el)[0]!.conditions).to.deep.equal({
      not: { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] },
    });
    expect(text(q(el, '[part="plain-language"]'))).to.equal('In words: not (industry is fintech and employees ≥ 500)');
    await choose(el, group(), 'all');
    expect(rulesOf(el)[0]!.conditions).to.deep.equal({
      all: [{ all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] }],
    });
  });

  it("offers the sample leads' fields and the context facts, and operators that fit the field's type", async () => {
    const el = await ruleEditor();
    const facts = qa<HTMLOptionElement>(el, '[data-path="routing.rules.0.conditions.all.0.fact"] option').map((option) => option.value);
    expect(facts).to.deep.equal(['employees', 'id', 'industry', 'name', 'tags', 'trigger', 'fromStage', 'toStage', 'toStation', 'hoursInStage', 'previousOwners']);
    const labels = (path: string) => qa<HTMLOptionElement>(el, `[data-path="${path}"] option`).map((option) => option.textContent);
    expect(labels('routing.rules.0.conditions.all.1.operator')).to.deep.equal(['is', 'is not', '>', '≥', '<', '≤', 'is one of', 'is not one of']);
    expect(labels('routing.rules.0.conditions.all.0.operator')).to.deep.equal(['is', 'is not', 'is one of', 'is not one of']);
    expect(field(el, 'routing.rules.0.conditions.all.1.value').type).to.equal('number');
    await choose(el, field(el, 'routing.rules.0.conditions.all.0.fact'), 'tags');
    expect(labels('routing.rules.0.conditions.all.0.operator')).to.deep.equal(['includes', 'does not include']);
    expect((rulesOf(el)[0]!.conditions as { all: unknown[] }).all[0]).to.deep.equal({ fact: 'tags', operator: 'contains', value: 'fintech' });
  });

  it("offers the config's stations, and the chosen station's stages", async () => {
    const el = await ruleEditor();
    const values = (path: string) => qa<HTMLOptionElement>(el, `[data-path="${path}"] option`).map((option) => option.value);
    expect(values('routing.rules.0.event.params.station')).to.deep.equal(['lead-generation', 'hunter']);
    expect(values('routing.rules.0.event.params.stage')).to.deep.equal(['', 'meeting-held', 'proposal']);
    await choose(el, field(el, 'routing.rules.0.event.params.station'), 'lead-generation');
    expect(values('routing.rules.0.event.params.stage')).to.deep.equal(['', 'new', 'contacted']);
  });
});
