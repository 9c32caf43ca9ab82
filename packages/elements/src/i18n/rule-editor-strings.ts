/**
 * Every visible string of `<sales-line-rule-editor>`. Hosts override any subset through
 * `editor.strings`; counts arrive formatted with `Intl` in the element's `lang`.
 */
export interface RuleEditorStrings {
  editorLabel: string;
  builderTab: string;
  jsonTab: string;
  undo: string;
  redo: string;
  publish: string;
  published: string;
  publishVetoed: (reason: string | undefined) => string;
  rulesHeading: string;
  addRule: string;
  newRuleName: (n: number) => string;
  removeRule: (rule: string) => string;
  moveUp: (rule: string) => string;
  moveDown: (rule: string) => string;
  dragHandle: (rule: string) => string;
  ruleMoved: (rule: string, position: string, total: string) => string;
  ruleName: string;
  priority: string;
  conditions: string;
  groupKind: string;
  groupKinds: Readonly<Record<'all' | 'any' | 'not', string>>;
  addCondition: string;
  addGroup: string;
  removeCondition: string;
  fact: string;
  operator: string;
  value: string;
  listHint: string;
  sharedCondition: (name: string) => string;
  /** The label of a reference's select of the shared conditions. */
  sharedConditionLabel: string;
  /** Replaces a reference with a copy of the shared condition, to edit it in this rule only. */
  inlineCondition: (name: string) => string;
  addSharedCondition: string;
  operatorLabels: Readonly<Record<string, string>>;
  contextFacts: string;
  leadFacts: string;
  target: string;
  fallback: string;
  station: string;
  stage: string;
  firstStage: string;
  team: string;
  strategy: string;
  defaultStrategy: string;
  plainLanguage: (text: string) => string;
  jsonLabel: string;
  jsonError: (message: string, line: string, column: string) => string;
  issuesHeading: (count: string, n: number) => string;
  noIssues: string;
  whereIssue: (where: string, message: string) => string;
  dryRunHeading: string;
  dryRunNoLeads: string;
  /** `sampleLeads` is not a list. */
  dryRunMalformed: string;
  dryRunShown: (shown: string, total: string) => string;
  dryRunInvalid: string;
  /** While the dry run and the impact wait for typing to pause: the rows shown are the last edit's. */
  checking: string;
  lead: string;
  rule: string;
  ownerOrQueue: string;
  explanationHeading: string;
  fallbackRule: string;
  queue: (queue: string) => string;
  routingFailed: (message: string) => string;
  matched: string;
  notMatched: string;
  impactHeading: string;
  noChanges: string;
  added: (names: string) => string;
  removed: (names: string) => string;
  changed: (names: string) => string;
  fallbackChanged: string;
  wouldChangeStation: (count: string, n: number) => string;
  wouldChangeOwner: (count: string, n: number) => string;
  /** "Hunter team fintech +18%"; `team` is undefined for people in no team, `change` is "+18%", "−5%" or `newLoad`'s text. */
  teamLoad: (station: string, team: string | undefined, change: string) => string;
  /** The change of a team that had no leads before. */
  newLoad: (count: string, n: number) => string;
}

export const defaultRuleEditorStrings: RuleEditorStrings = {
  editorLabel: 'Routing rules',
  builderTab: 'Rules',
  jsonTab: 'JSON',
  undo: 'Undo',
  redo: 'Redo',
  publish: 'Publish',
  published: 'Published.',
  publishVetoed: (reason) => `Not published${reason ? `: ${reason}` : '.'}`,
  rulesHeading: 'Rules, in the order they are tried',
  addRule: 'Add rule',
  newRuleName: (n) => `new-rule-${n}`,
  removeRule: (rule) => `Remove rule ${rule}`,
  moveUp: (rule) => `Move rule ${rule} up`,
  moveDown: (rule) => `Move rule ${rule} down`,
  dragHandle: (rule) => `Drag rule ${rule}`,
  ruleMoved: (rule, position, total) => `Rule ${rule} moved to position ${position} of ${total}.`,
  ruleName: 'Name',
  priority: 'Priority',
  conditions: 'When',
  groupKind: 'Match',
  groupKinds: { all: 'all of these', any: 'any of these', not: 'not this' },
  addCondition: 'Add condition',
  addGroup: 'Add group',
  removeCondition: 'Remove',
  fact: 'Field',
  operator: 'Test',
  value: 'Value',
  listHint: 'separate with commas',
  sharedCondition: (name) => `Shared condition "${name}"`,
  sharedConditionLabel: 'Shared condition',
  inlineCondition: (name) => `Copy "${name}" here to edit it`,
  addSharedCondition: 'Add shared condition',
  operatorLabels: {
    equal: 'is',
    notEqual: 'is not',
    in: 'is one of',
    notIn: 'is not one of',
    contains: 'includes',
    doesNotContain: 'does not include',
    lessThan: '<',
    lessThanInclusive: '≤',
    greaterThan: '>',
    greaterThanInclusive: '≥',
  },
  contextFacts: 'Routing context',
  leadFacts: 'Lead fields',
  target: 'Send to',
  fallback: 'When no rule matches, send to',
  station: 'Station',
  stage: 'Stage',
  firstStage: "(station's first stage)",
  team: 'Team',
  strategy: 'Pick a person by',
  defaultStrategy: '(default)',
  plainLanguage: (text) => `In words: ${text}`,
  jsonLabel: 'Config document (JSON)',
  jsonError: (message, line, column) => `Not valid JSON at line ${line}, column ${column}: ${message}`,
  issuesHeading: (count, n) => `${count} ${n === 1 ? 'problem' : 'problems'}`,
  noIssues: 'No problems.',
  whereIssue: (where, message) => `${where}: ${message}`,
  dryRunHeading: 'Dry run on sample leads',
  dryRunNoLeads: 'No sample leads.',
  dryRunMalformed: 'The sample leads must be a list of leads.',
  dryRunShown: (shown, total) => `The first ${shown} of ${total} sample leads.`,
  dryRunInvalid: 'Fix the problems above to see where the sample leads would go.',
  checking: 'Checking your last change…',
  lead: 'Lead',
  rule: 'Rule',
  ownerOrQueue: 'Owner or queue',
  explanationHeading: 'Why',
  fallbackRule: '(fallback)',
  queue: (queue) => `queue ${queue}`,
  routingFailed: (message) => `Could not route: ${message}`,
  matched: 'matched',
  notMatched: 'did not match',
  impactHeading: 'Changes since published',
  noChanges: 'No changes.',
  added: (names) => `Added: ${names}`,
  removed: (names) => `Removed: ${names}`,
  changed: (names) => `Changed: ${names}`,
  fallbackChanged: 'The fallback changed.',
  wouldChangeStation: (count, n) => `${count} ${n === 1 ? 'lead' : 'leads'} would change station`,
  wouldChangeOwner: (count, n) => `${count} ${n === 1 ? 'lead' : 'leads'} would change owner`,
  teamLoad: (station, team, change) => `${station}${team === undefined ? '' : ` team ${team}`} ${change}`,
  newLoad: (count, n) => `+${count} ${n === 1 ? 'lead' : 'leads'}`,
};
