/** Intl formatters for one locale, built once: constructing Intl objects per card is slow. */
export interface Formatters {
  readonly locale: string;
  number(value: number): string;
  money(value: number, currency: string): string;
  /** A compact duration such as "3 h" or "2 days", in the largest whole unit. */
  duration(ms: number): string;
  /** "in 5 minutes" / "2 hours ago". */
  relative(ms: number): string;
  /** A list of reasons or names: "a, b and c". */
  list(items: readonly string[]): string;
}

const units: ReadonlyArray<readonly [Intl.RelativeTimeFormatUnit & ('day' | 'hour' | 'minute' | 'second'), number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

function largestUnit(ms: number): readonly [(typeof units)[number][0], number] {
  const abs = Math.abs(ms);
  for (const [unit, size] of units) {
    if (abs >= size) return [unit, Math.trunc(ms / size)];
  }
  return ['second', 0];
}

const cache = new Map<string, Formatters>();

function safeLocale(locale: string): string {
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formattersFor(requested: string): Formatters {
  const locale = safeLocale(requested || 'en');
  const cached = cache.get(locale);
  if (cached) return cached;
  const number = new Intl.NumberFormat(locale);
  const money = new Map<string, Intl.NumberFormat>();
  const durations = new Map<string, Intl.NumberFormat>();
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const formatters: Formatters = {
    locale,
    number: (value) => number.format(value),
    money(value, currency) {
      let format = money.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
        } catch {
          format = number;
        }
        money.set(currency, format);
      }
      return format.format(value);
    },
    duration(ms) {
      const [unit, amount] = largestUnit(Math.max(0, ms));
      let format = durations.get(unit);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
        durations.set(unit, format);
      }
      return format.format(amount);
    },
    relative(ms) {
      const [unit, amount] = largestUnit(ms);
      return relative.format(amount, unit);
    },
    list: (items) => list.format(items),
  };
  cache.set(locale, formatters);
  return formatters;
}
