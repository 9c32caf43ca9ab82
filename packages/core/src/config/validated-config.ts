import type { SalesLineConfig } from './config-schema.ts';
import { parseConfig } from './validate-config.ts';

const cache = new WeakMap<object, SalesLineConfig>();

/**
 * Routing and the analytics take a config as written or as `parseConfig` returned it: either
 * is validated once per object (cached), so a document as written gets its defaults and a
 * bad one fails with `invalid-config` and its issues instead of a TypeError deep inside.
 * Configs are treated as immutable: a document edited in place after its first use keeps its
 * first validation — hand in a new object (as `updateConfig` does).
 */
export function validatedConfig(config: unknown): SalesLineConfig {
  const cacheable = config !== null && typeof config === 'object';
  const known = cacheable ? cache.get(config) : undefined;
  if (known !== undefined) return known;
  const parsed = parseConfig(config);
  if (cacheable) cache.set(config, parsed);
  cache.set(parsed, parsed);
  return parsed;
}
