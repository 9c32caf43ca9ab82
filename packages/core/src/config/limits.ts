/**
 * The limits every config document must stay within. They are checked first, by one
 * bounded pass over the document, so a huge or hostile document is refused before any
 * recursive work (zod, json-rules-engine) sees it. Documented in docs/config.md.
 */
export const CONFIG_LIMITS = Object.freeze({
  /** Size of the document measured as the length of its JSON text (about 1 MB). */
  maxDocumentChars: 1_000_000,
  /** Values of any kind (objects, lists, text, numbers, …) in the whole document. */
  maxNodes: 100_000,
  /** How deeply objects and lists may nest anywhere in the document. */
  maxDepth: 128,
  /** How deeply "all" / "any" / "not" may nest inside one rule's conditions. */
  maxConditionDepth: 32,
  /** Characters in one piece of text. */
  maxStringLength: 10_000,
  /** Characters in one field name. */
  maxKeyLength: 200,
  maxStations: 50,
  /** Stages of all stations plus the terminal stages. */
  maxStages: 500,
  maxTransitions: 5_000,
  maxDeadlines: 1_000,
  maxRules: 1_000,
  /** Shared conditions in `routing.conditions`. */
  maxNamedConditions: 500,
  /** Characters in a fact `path` such as `$.company.size`. */
  maxPathLength: 200,
  /** Property steps in a fact `path`. */
  maxPathSegments: 16,
});

export type ConfigLimits = typeof CONFIG_LIMITS;

/** Station, stage, team, queue and metric ids: lowercase kebab-case, so they are safe as keys, CSS parts and URLs. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Field names refused anywhere: they reach `Object.prototype` when copied naively. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
