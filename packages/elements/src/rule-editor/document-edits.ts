/** A place in the edited document, as `validateConfig` names it: `['routing', 'rules', 0, 'name']`. */
export type DocPath = readonly (string | number)[];

type Json = unknown;

/** The value at `path`, or `undefined` when the document has no such place. */
export function getAt(doc: Json, path: DocPath): Json {
  let node = doc;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

function copyOf(node: Json, key: string | number): Record<string | number, Json> {
  if (Array.isArray(node)) return [...node] as unknown as Record<number, Json>;
  if (node !== null && typeof node === 'object') return { ...(node as object) } as Record<string, Json>;
  return (typeof key === 'number' ? [] : {}) as Record<string | number, Json>;
}

/**
 * A new document with `value` at `path`, copying only the nodes on the way so history
 * entries share everything else. `undefined` removes an object key (an optional field cleared).
 */
export function setAt(doc: Json, path: DocPath, value: Json): Json {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = copyOf(doc, key);
  const next = setAt((copy as Record<string | number, Json>)[key], rest, value);
  if (next === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** A new document with the list at `path` changed by `edit` (which gets a copy). */
export function editList(doc: Json, path: DocPath, edit: (list: Json[]) => void): Json {
  const current = getAt(doc, path);
  const list = Array.isArray(current) ? [...(current as Json[])] : [];
  edit(list);
  return setAt(doc, path, list);
}

/** Joins a path into the key builder fields carry in `data-path`. */
export function pathKey(path: DocPath): string {
  return path.join('.');
}
