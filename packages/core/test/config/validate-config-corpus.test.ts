import { describe, expect, it } from 'vitest';
import { formatPath, validateConfig } from '../../src/index.ts';
import { docWithConditions, nestedNot, validDoc, type Doc } from '../fixtures/config.ts';

interface BadCase {
  name: string;
  change: (doc: Doc) => Doc | void;
  /** Every issue expected, as `code path`. */
  issues: string[];
}

const fact = (operator: string, value: unknown, extra: Doc = {}) => ({ fact: 'industry', operator, value, ...extra });
const firstRuleCondition = (doc: Doc, node: unknown) => {
  doc.routing.rules[0].conditions.all[1] = node;
};

const corpus: BadCase[] = [
  // shape
  { name: 'a version other than 1', change: (d) => void (d.version = 2), issues: ['invalid-value version'] },
  { name: 'a missing routing section', change: (d) => void delete d.routing, issues: ['missing routing'] },
  { name: 'an unknown top-level key', change: (d) => void (d.promotions = {}), issues: ['unknown-key promotions'] },
  { name: 'an unknown key in a rule', change: (d) => void (d.routing.rules[0].priorty = 3), issues: ['unknown-key routing.rules[0].priorty'] },
  { name: 'a line with no stations', change: (d) => void (d.line.stations = []), issues: ['too-small line.stations'] },
  { name: 'a station id with spaces', change: (d) => void (d.line.stations[0].id = 'Lead Gen'), issues: ['invalid-id line.stations[0].id'] },
  { name: 'a stage list that is not a list', change: (d) => void (d.line.stations[0].stages = 'new'), issues: ['wrong-type line.stations[0].stages'] },
  { name: 'a deadline that is not a duration', change: (d) => void (d.line.deadlines[0].within = '5 minutes'), issues: ['invalid-duration line.deadlines[0].within'] },
  { name: 'a misspelt strategy', change: (d) => void (d.routing.rules[0].event.params.strategy = 'roundrobin'), issues: ['invalid-value routing.rules[0].event.params.strategy'] },
  { name: 'an event that is not a route', change: (d) => void (d.routing.rules[0].event.type = 'assign'), issues: ['invalid-value routing.rules[0].event.type'] },
  { name: 'a rule name that is not text', change: (d) => void (d.routing.rules[1].name = 7), issues: ['wrong-type routing.rules[1].name'] },
  { name: 'a rule priority of 0', change: (d) => void (d.routing.rules[0].priority = 0), issues: ['invalid-priority routing.rules[0].priority'] },
  { name: 'a fractional rule priority', change: (d) => void (d.routing.rules[0].priority = 1.5), issues: ['invalid-priority routing.rules[0].priority'] },
  { name: 'a rule priority written as text', change: (d) => void (d.routing.rules[0].priority = 'high'), issues: ['invalid-priority routing.rules[0].priority'] },
  { name: 'a rule without conditions', change: (d) => void delete d.routing.rules[0].conditions, issues: ['missing routing.rules[0].conditions'] },
  // conditions
  {
    name: 'a typo in a condition key',
    change: (d) => firstRuleCondition(d, { fact: 'employees', operator: 'equal', vaule: 1 }),
    issues: ['unknown-key routing.rules[0].conditions.all[1].vaule', 'missing routing.rules[0].conditions.all[1].value'],
  },
  { name: 'a condition with both all and any', change: (d) => firstRuleCondition(d, { all: [], any: [] }), issues: ['invalid-condition routing.rules[0].conditions.all[1]'] },
  { name: 'an empty condition', change: (d) => firstRuleCondition(d, {}), issues: ['invalid-condition routing.rules[0].conditions.all[1]'] },
  { name: 'a condition that is a number', change: (d) => firstRuleCondition(d, 3), issues: ['invalid-condition routing.rules[0].conditions.all[1]'] },
  { name: 'a fact test at the top of a rule', change: () => docWithConditions(fact('equal', 'x')), issues: ['invalid-condition routing.rules[0].conditions'] },
  { name: '"all" that is not a list', change: () => docWithConditions({ all: fact('equal', 'x') }), issues: ['wrong-type routing.rules[0].conditions.all'] },
  { name: 'a condition priority of 0', change: (d) => firstRuleCondition(d, fact('equal', 'x', { priority: 0 })), issues: ['invalid-priority routing.rules[0].conditions.all[1].priority'] },
  { name: 'an unknown operator', change: (d) => firstRuleCondition(d, fact('equals', 'x')), issues: ['unknown-operator routing.rules[0].conditions.all[1].operator'] },
  { name: 'an unknown operator decorator', change: (d) => firstRuleCondition(d, fact('never:equal', 'x')), issues: ['unknown-operator routing.rules[0].conditions.all[1].operator'] },
  { name: 'an unknown operator under a decorator chain', change: (d) => firstRuleCondition(d, fact('not:someFact:equl', 'x')), issues: ['unknown-operator routing.rules[0].conditions.all[1].operator'] },
  { name: '"in" with a single text value', change: (d) => firstRuleCondition(d, fact('in', 'fintech')), issues: ['invalid-operator-value routing.rules[0].conditions.all[1].value'] },
  { name: '"notIn" with a number', change: (d) => firstRuleCondition(d, fact('notIn', 3)), issues: ['invalid-operator-value routing.rules[0].conditions.all[1].value'] },
  { name: '"contains" with a list', change: (d) => firstRuleCondition(d, fact('contains', ['vip', 'gold'])), issues: ['invalid-operator-value routing.rules[0].conditions.all[1].value'] },
  { name: '"doesNotContain" with a list', change: (d) => firstRuleCondition(d, fact('doesNotContain', ['vip'])), issues: ['invalid-operator-value routing.rules[0].conditions.all[1].value'] },
  { name: 'a number comparison with text', change: (d) => firstRuleCondition(d, fact('greaterThan', 'big')), issues: ['invalid-operator-value routing.rules[0].conditions.all[1].value'] },
  { name: 'a fact test without a value', change: (d) => firstRuleCondition(d, { fact: 'industry', operator: 'equal' }), issues: ['missing routing.rules[0].conditions.all[1].value'] },
  { name: 'a fact test without an operator', change: (d) => firstRuleCondition(d, { fact: 'industry', value: 1 }), issues: ['missing routing.rules[0].conditions.all[1].operator'] },
  { name: 'conditions nested 33 levels', change: () => docWithConditions(nestedNot(32)), issues: [`too-deep routing.rules[0].conditions${'.not'.repeat(32)}`] },
  { name: 'a reference to an unknown shared condition', change: (d) => void (d.routing.rules[0].conditions.all[0].condition = 'isFintek'), issues: ['unknown-condition routing.rules[0].conditions.all[0].condition'] },
  {
    name: 'a shared condition that uses itself',
    change: (d) => void (d.routing.conditions.isFintech = { all: [{ condition: 'isFintech' }] }),
    issues: ['condition-cycle routing.conditions.isFintech.all[0].condition'],
  },
  {
    name: 'two shared conditions that use each other',
    change: (d) => {
      d.routing.conditions.a = { all: [{ condition: 'b' }] };
      d.routing.conditions.b = { any: [{ not: { condition: 'a' } }] };
    },
    issues: ['condition-cycle routing.conditions.b.any[0].not.condition'],
  },
  { name: 'a path with a script filter', change: (d) => firstRuleCondition(d, fact('equal', 1, { path: '$..[?(@.constructor)]' })), issues: ['unsafe-path routing.rules[0].conditions.all[1].path'] },
  { name: 'a path with a wildcard', change: (d) => firstRuleCondition(d, fact('equal', 1, { path: '$.tags[*]' })), issues: ['unsafe-path routing.rules[0].conditions.all[1].path'] },
  { name: 'a path with a script expression', change: (d) => firstRuleCondition(d, fact('equal', 1, { path: '$.tags[(@.length-1)]' })), issues: ['unsafe-path routing.rules[0].conditions.all[1].path'] },
  { name: 'a path through __proto__', change: (d) => firstRuleCondition(d, fact('equal', 1, { path: '$.__proto__.polluted' })), issues: ['unsafe-path routing.rules[0].conditions.all[1].path'] },
  {
    name: 'a fact reference on the value side with an unsafe path',
    change: (d) => firstRuleCondition(d, fact('equal', { fact: 'budget', path: '$..max' })),
    issues: ['unsafe-path routing.rules[0].conditions.all[1].value.path'],
  },
  {
    name: 'a transition guard with an unknown operator',
    change: (d) => void (d.line.transitions[1].conditions.all[0].operator = 'biggerThan'),
    issues: ['unknown-operator line.transitions[1].conditions.all[0].operator'],
  },
  {
    name: 'a shared condition with an unknown key',
    change: (d) => void (d.routing.conditions.isFintech.all[0].values = 1),
    issues: ['unknown-key routing.conditions.isFintech.all[0].values'],
  },
  // the line
  { name: 'two stations with one id', change: (d) => void d.line.stations.push({ id: 'hunter', name: 'Second', stages: ['extra'] }), issues: ['duplicate-station line.stations[2].id'] },
  { name: 'a stage in two stations', change: (d) => void d.line.stations[1].stages.push('new'), issues: ['duplicate-stage line.stations[1].stages[3]'] },
  { name: 'a stage twice in one station', change: (d) => void d.line.stations[0].stages.push('new'), issues: ['duplicate-stage line.stations[0].stages[2]'] },
  { name: 'a terminal stage that is also a station stage', change: (d) => void d.line.terminal.push('contacted'), issues: ['duplicate-stage line.terminal[1]'] },
  { name: 'a transition from an unknown stage', change: (d) => void (d.line.transitions[0].from = 'nwe'), issues: ['unknown-stage line.transitions[0].from'] },
  { name: 'a transition to an unknown stage', change: (d) => void (d.line.transitions[1].to = 'proposl'), issues: ['unknown-stage line.transitions[1].to'] },
  { name: 'a deadline on an unknown stage', change: (d) => void (d.line.deadlines[0].stage = 'fresh'), issues: ['unknown-stage line.deadlines[0].stage'] },
  { name: 'a deadline on a terminal stage', change: (d) => void (d.line.deadlines[0].stage = 'lost'), issues: ['terminal-target line.deadlines[0].stage'] },
  { name: 'a "move" deadline without "to"', change: (d) => void (d.line.deadlines[0].then = 'move'), issues: ['missing-move-target line.deadlines[0].to'] },
  { name: 'a "move" deadline to an unknown stage', change: (d) => void Object.assign(d.line.deadlines[0], { then: 'move', to: 'gone' }), issues: ['unknown-stage line.deadlines[0].to'] },
  { name: 'a second deadline on one stage', change: (d) => void d.line.deadlines.push({ stage: 'new', within: 'PT1M', then: 'move', to: 'contacted' }), issues: ['duplicate-deadline line.deadlines[1].stage'] },
  { name: 'a deadline of zero', change: (d) => void (d.line.deadlines[0].within = 'PT0S'), issues: ['invalid-duration line.deadlines[0].within'] },
  { name: 'a "move" deadline to the stage it times', change: (d) => void Object.assign(d.line.deadlines[0], { then: 'move', to: 'new' }), issues: ['invalid-value line.deadlines[0].to'] },
  { name: 'a transition defined twice', change: (d) => void d.line.transitions.push({ from: 'meeting-held', to: 'proposal' }), issues: ['duplicate-transition line.transitions[2]'] },
  { name: 'a trigger that routing never sets', change: (d) => firstRuleCondition(d, { fact: 'trigger', operator: 'equal', value: 'handof' }), issues: ['invalid-value routing.rules[0].conditions.all[1].value'] },
  { name: 'a station the line does not have, in a list of hand-off targets', change: (d) => firstRuleCondition(d, { fact: 'toStation', operator: 'not:in', value: ['hunter', 'hunters'] }), issues: ['invalid-value routing.rules[0].conditions.all[1].value[1]'] },
  { name: 'a stage the line does not have, in a shared condition', change: (d) => void (d.routing.conditions.isFintech.all[0] = { fact: 'fromStage', operator: 'notEqual', value: 'neww' }), issues: ['invalid-value routing.conditions.isFintech.all[0].value'] },
  { name: 'a stage the line does not have, in a transition guard', change: (d) => void (d.line.transitions[1].conditions.all[0] = { fact: 'toStage', operator: 'equal', value: 'proposl' }), issues: ['invalid-value line.transitions[1].conditions.all[0].value'] },
  { name: 'a "reroute" deadline with "to"', change: (d) => void (d.line.deadlines[0].to = 'lost'), issues: ['unused-field line.deadlines[0].to'] },
  { name: "a WIP limit on another station's stage", change: (d) => void (d.line.stations[1].wipLimits[0].stage = 'contacted'), issues: ['stage-not-in-station line.stations[1].wipLimits[0].stage'] },
  { name: 'a WIP limit on an unknown stage', change: (d) => void (d.line.stations[1].wipLimits[0].stage = 'hffc'), issues: ['unknown-stage line.stations[1].wipLimits[0].stage'] },
  { name: 'a WIP limit without a number', change: (d) => void delete d.line.stations[1].wipLimits[0].perRep, issues: ['missing line.stations[1].wipLimits[0].perRep'] },
  { name: 'a WIP limit overflowing to an unknown stage', change: (d) => void (d.line.stations[1].wipLimits[0].overflowTo = 'sdr'), issues: ['unknown-stage line.stations[1].wipLimits[0].overflowTo'] },
  {
    name: 'two WIP limits on one stage',
    change: (d) => void d.line.stations[1].wipLimits.push({ stage: 'hold-for-future-close', total: 500 }),
    issues: ['duplicate-wip-limit line.stations[1].wipLimits[1].stage'],
  },
  // routing targets
  { name: 'a rule to an unknown station', change: (d) => void (d.routing.rules[0].event.params.station = 'hunters'), issues: ['unknown-station routing.rules[0].event.params.station'] },
  { name: 'a rule to a stage of another station', change: (d) => void (d.routing.rules[0].event.params.stage = 'new'), issues: ['stage-not-in-station routing.rules[0].event.params.stage'] },
  { name: 'a rule to a terminal stage', change: (d) => void (d.routing.rules[0].event.params.stage = 'lost'), issues: ['terminal-target routing.rules[0].event.params.stage'] },
  { name: 'a rule to an unknown stage', change: (d) => void (d.routing.rules[0].event.params.stage = 'closing'), issues: ['unknown-stage routing.rules[0].event.params.stage'] },
  { name: 'a fallback to an unknown station', change: (d) => void (d.routing.fallback.station = 'sdr'), issues: ['unknown-station routing.fallback.station'] },
  { name: 'a fallback to a terminal stage', change: (d) => void (d.routing.fallback.stage = 'lost'), issues: ['terminal-target routing.fallback.stage'] },
  { name: 'a fallback without a station', change: (d) => void delete d.routing.fallback.station, issues: ['missing routing.fallback.station'] },
  { name: 'two rules with one name', change: (d) => void (d.routing.rules[1].name = 'fintech-to-hunters'), issues: ['duplicate-rule routing.rules[1].name'] },
  // limits and safety
  {
    name: 'more rules than the limit',
    change: (d) => void (d.routing.rules = Array.from({ length: 1001 }, (_, i) => ({ ...d.routing.rules[1], name: `r${i}` }))),
    issues: ['too-many routing.rules'],
  },
  { name: 'a "constructor" key inside a condition', change: (d) => firstRuleCondition(d, JSON.parse('{"fact":"a","operator":"equal","value":{"constructor":1}}')), issues: ['forbidden-key routing.rules[0].conditions.all[1].value.constructor'] },
  { name: 'a text longer than the limit', change: (d) => void (d.line.stations[0].name = 'x'.repeat(10_001)), issues: ['too-long line.stations[0].name'] },
];

describe('validateConfig on a corpus of bad documents', () => {
  it('starts from a valid document', () => {
    expect(validateConfig(validDoc())).toMatchObject({ ok: true });
  });

  it('accepts routing-context facts compared with names they can hold, null, or another fact', () => {
    const doc = validDoc();
    doc.routing.rules[0].conditions.all.push(
      { fact: 'trigger', operator: 'in', value: ['enter', 'reassign'] },
      { fact: 'toStation', operator: 'equal', value: null },
      { fact: 'fromStage', operator: 'equal', value: { fact: 'stage' } },
      { fact: 'toStage', operator: 'someValue:equal', value: ['anything'] },
    );
    expect(validateConfig(doc)).toMatchObject({ ok: true });
  });

  it.each(corpus)('reports $name at the exact path', ({ change, issues }) => {
    const doc = validDoc();
    const result = validateConfig(change(doc) ?? doc);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => `${issue.code} ${formatPath(issue.path)}`).sort()).toEqual([...issues].sort());
    for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(20);
  });
});
