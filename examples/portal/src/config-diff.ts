/** Rules added, removed and changed between two config documents, matched by rule name. */
export function diffConfigs(from: unknown, to: unknown) {
  const rules = (doc: unknown): Map<string, unknown> => {
    const list = (doc as { routing?: { rules?: { name?: unknown }[] } })?.routing?.rules;
    return new Map((Array.isArray(list) ? list : []).map((rule, index) => [typeof rule?.name === 'string' ? rule.name : `#${index}`, rule]));
  };
  const a = rules(from);
  const b = rules(to);
  return {
    added: [...b.keys()].filter((name) => !a.has(name)),
    removed: [...a.keys()].filter((name) => !b.has(name)),
    changed: [...b.keys()].filter((name) => a.has(name) && JSON.stringify(a.get(name)) !== JSON.stringify(b.get(name))),
  };
}
