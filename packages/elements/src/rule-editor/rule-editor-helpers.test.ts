import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateConfig } from '@sales-line/core';
import { diffRules } from './config-diff.ts';
import { getAt, setAt } from './document-edits.ts';
import { closeEdit, recordEdit, redo, startHistory, undo } from './edit-history.ts';
import { builderFieldKeys, placeIssues } from './issue-fields.ts';
import { parseJsonText } from './parse-json-text.ts';
import { moveRule, ruleOrder } from './rule-order.ts';
import { coerceValue, parseListInput } from './condition-fields.ts';
import { editorConfig, ruleEditor } from '../../test/rule-editor-fixtures.ts';

describe('rule editor helpers', () => {
  it('leave the editor accessible', async () => {
    const el = await ruleEditor({ leads: [] });
    await expect(el).to.be.accessible();
  });

  it('setAt copies only the nodes on the path and removes a key set to undefined', () => {
    const doc = { a: { b: [1, 2], c: { d: 1 } }, e: {} };
    const next = setAt(doc, ['a', 'b', 1], 3) as typeof doc;
    expect(next.a.b).to.deep.equal([1, 3]);
    expect(doc.a.b).to.deep.equal([1, 2]);
    expect(next.a.c).to.equal(doc.a.c);
    expect(next.e).to.equal(doc.e);
    expect(setAt(doc, ['a', 'c'], undefined)).to.deep.equal({ a: { b: [1, 2] }, e: {} });
    expect(getAt(doc, ['a', 'x', 'y'])).to.equal(undefined);
  });

  it('history coalesces edits with the same key until the field is left, and undo/redo walk whole steps', () => {
    let history = startHistory('a');
    history = recordEdit(history, 'ab', 'name');
    history = recordEdit(history, 'abc', 'name');
    history = closeEdit(history);
    history = recordEdit(history, 'abcd', 'name');
    history = recordEdit(history, 'other');
    expect(history.past).to.deep.equal(['a', 'abc', 'abcd']);
    history = undo(undo(history));
    expect(history.present).to.equal('abc');
    history = redo(history);
    expect(history.present).to.equal('abcd');
    history = recordEdit(history, 'new');
    expect(history.future).to.deep.equal([]);
    expect(undo(startHistory(1))).to.deep.equal(startHistory(1));
  });

  it('undo after any sequence of edits returns every earlier document in reverse order', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer(), fc.option(fc.constantFrom('a', 'b'), { nil: undefined })), { maxLength: 30 }), (edits) => {
        let history = startHistory<number>(-1);
        const expected = [-1];
        for (const [value, key] of edits) {
          const joins = key !== undefined && key === history.openKey;
          history = recordEdit(history, value, key);
          if (joins) expected[expected.length - 1] = value;
          else expected.push(value);
        }
        const seen = [history.present];
        while (history.past.length > 0) {
          history = undo(history);
          seen.push(history.present);
        }
        expect(seen).to.deep.equal([...expected].reverse());
      }),
    );
  });

  it('moving a rule puts it at the asked position of the tried order and keeps every rule', () => {
    const rules = fc.array(fc.record({ name: fc.string(), priority: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(rules, fc.nat(), fc.nat(), (list, a, b) => {
        const named = list.map((rule, i) => ({ ...rule, name: `r${i}` }));
        const from = a % named.length;
        const to = b % named.length;
        const moving = named[ruleOrder(named)[from]!]!.name;
        const moved = moveRule(named, from, to) as typeof named;
        expect(moved[ruleOrder(moved)[to]!]!.name).to.equal(moving);
        expect(moved.map((rule) => rule.name).sort()).to.deep.equal(named.map((rule) => rule.name).sort());
        const priorities = (xs: typeof named) => xs.map((rule) => rule.priority ?? 1).sort();
        expect(priorities(moved)).to.deep.equal(priorities(named));
      }),
    );
  });

  it('reports a JSON syntax error with its line and column', () => {
    const result = parseJsonText('{\n  "a": 1,\n  b\n}');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect([result.line, result.column]).to.deep.equal([3, 3]);
    expect(parseJsonText('[1]')).to.deep.equal({ ok: true, value: [1] });
  });

  it('diffs rules by name and notices a changed fallback', () => {
    const published = editorConfig();
    const edited = structuredClone(published);
    edited.routing.rules[0]!.priority = 3;
    edited.routing.rules.push({ ...edited.routing.rules[0]!, name: 'new-one' });
    edited.routing.fallback = { station: 'hunter' };
    expect(diffRules(published, edited)).to.deep.equal({ added: ['new-one'], removed: [], changed: ['fintech-enterprise'], fallbackChanged: true });
    expect(diffRules(published, { routing: { rules: [] } }).removed).to.deep.equal(['fintech-enterprise']);
  });

  it("places each validation issue on the deepest builder field its path reaches", () => {
    const doc = structuredClone(editorConfig()) as unknown as Record<string, never>;
    const broken = setAt(setAt(doc, ['routing', 'rules', 0, 'conditions', 'all', 0, 'operator'], 'equalz'), ['line', 'stations', 0, 'id'], 'Bad Id');
    const result = validateConfig(broken);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const placed = placeIssues(result.issues, builderFieldKeys(broken));
    expect(placed.map((item) => item.field)).to.include('routing.rules.0.conditions.all.0.operator');
    expect(placed.some((item) => item.field === null && item.issue.path[0] === 'line')).to.equal(true);
    const stray = placeIssues([{ code: 'x', path: ['routing', 'rules', 0, 'conditions', 'all', 0, 'vaule'], message: 'm' } as never], builderFieldKeys(broken));
    expect(stray[0]!.field).to.equal('routing.rules.0.conditions.all.0');
  });

  it('keeps values that fit when a fact or operator changes, and reads typed lists', () => {
    expect(coerceValue('12', 'number', 'equal')).to.equal(12);
    expect(coerceValue(5, 'number', 'in')).to.deep.equal([5]);
    expect(coerceValue([5, 6], 'text', 'equal')).to.equal('5');
    expect(coerceValue('', 'text', 'in')).to.deep.equal([]);
    expect(parseListInput('10, x, , 20', 'number')).to.deep.equal([10, 'x', 20]);
    expect(parseListInput('fintech, retail', 'text')).to.deep.equal(['fintech', 'retail']);
  });
});
