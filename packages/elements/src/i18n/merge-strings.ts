/**
 * A host's string overrides over the defaults, each kept only when it has the default's type:
 * an override left `undefined`, or a text where a function is expected, would otherwise break a
 * render — or a move half-way, after the line committed it.
 */
export function mergeStrings<T extends object>(defaults: T, overrides: unknown): T {
  const merged = { ...defaults };
  if (overrides === null || typeof overrides !== 'object') return merged;
  for (const key of Object.keys(defaults) as Array<keyof T>) {
    const value = (overrides as Partial<T>)[key];
    if (value !== undefined && typeof value === typeof defaults[key]) merged[key] = value as T[keyof T];
  }
  return merged;
}
