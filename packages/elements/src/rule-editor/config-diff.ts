import { getAt } from './document-edits.ts';

export interface RulesDiff {
  added: string[];
  removed: string[];
  changed: string[];
  fallbackChanged: boolean;
}

interface NamedRule {
  name?: unknown;
}

function rulesByName(doc: unknown): Map<string, string> {
  const rules = getAt(doc, ['routing', 'rules']);
  const byName = new Map<string, string>();
  if (!Array.isArray(rules)) return byName;
  rules.forEach((rule: NamedRule, index) => {
    const name = typeof rule?.name === 'string' && rule.name !== '' ? rule.name : `#${index + 1}`;
    byName.set(name, JSON.stringify(rule));
  });
  return byName;
}

/** The routing rules added, removed and changed between the published and the edited document, by name. */
export function diffRules(published: unknown, edited: unknown): RulesDiff {
  const before = rulesByName(published);
  const after = rulesByName(edited);
  return {
    added: [...after.keys()].filter((name) => !before.has(name)),
    removed: [...before.keys()].filter((name) => !after.has(name)),
    changed: [...after.keys()].filter((name) => before.has(name) && before.get(name) !== after.get(name)),
    fallbackChanged:
      JSON.stringify(getAt(published, ['routing', 'fallback'])) !== JSON.stringify(getAt(edited, ['routing', 'fallback'])),
  };
}
