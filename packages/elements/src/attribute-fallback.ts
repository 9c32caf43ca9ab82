import type { ComplexAttributeConverter } from 'lit';

/**
 * A string attribute that returns to its default when removed: Lit's own converter hands the
 * property `null` then, which every text and filter here would trip over.
 */
export function orDefault<T extends string | undefined>(fallback: T): ComplexAttributeConverter<T> {
  return { fromAttribute: (value) => (value ?? fallback) as T };
}

/** A size in px from an attribute: anything but a positive finite number (removed, "abc", 0) is the default. */
export function positiveNumberOr(fallback: number): ComplexAttributeConverter<number> {
  return {
    fromAttribute: (value) => {
      const number = value === null ? NaN : Number(value);
      return Number.isFinite(number) && number > 0 ? number : fallback;
    },
  };
}
