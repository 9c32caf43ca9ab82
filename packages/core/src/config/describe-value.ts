/** How a list and an object read in messages, whatever they hold. */
export const A_LIST = 'a list [ … ]';
export const AN_OBJECT = 'an object { … }';

/** How a value reads in a message for people who edit JSON but do not write code. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list []' : A_LIST;
  if (typeof value === 'object') return AN_OBJECT;
  return `a ${typeof value}`;
}

/** `"name" must be text; this is the number 3.`: what a value should be, and what it is. */
export function mustBe(subject: string, expected: string, actual: unknown): string {
  return `${subject} must be ${expected}; this is ${describeValue(actual)}.`;
}

/** A short, JSON-quoted rendering of user text for a message. */
export function quote(text: string): string {
  return JSON.stringify(clip(text));
}

/** Text cut to 60 characters, so one long value cannot swamp a message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `a, b or c` */
export function joinList(items: readonly string[], joiner = 'or'): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

/** `"a", "b" or "c"` */
export function listOf(words: readonly string[], joiner = 'or'): string {
  return joinList(
    words.map((w) => `"${w}"`),
    joiner,
  );
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
