/** How a value reads in a message for people who edit JSON but do not write code. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list []' : 'a list [ … ]';
  if (typeof value === 'object') return 'an object { … }';
  return `a ${typeof value}`;
}

/** A short, JSON-quoted rendering of user text for a message. */
export function quote(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short);
}

/** `"a", "b" or "c"` */
export function listOf(words: readonly string[], joiner = 'or'): string {
  const quoted = words.map((w) => `"${w}"`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted[quoted.length - 1]}`;
}

/** `"a", "b", "c"` for at most `max` names, then `and 12 more`: messages stay short whatever the document holds. */
export function someOf(names: Iterable<string>, max = 10): string {
  const shown: string[] = [];
  let total = 0;
  for (const name of names) {
    if (total < max) shown.push(`"${name}"`);
    total += 1;
  }
  return total > max ? `${shown.join(', ')} and ${total - max} more` : shown.join(', ');
}
