/** A hint for the end of a message, ` Did you mean "value"?`, or an empty string. */
export type Suggest = (word: string, candidates: Iterable<string>) => string;

/**
 * The closest candidate to a misspelt word, or `undefined` when nothing is close enough
 * to be a likely typo (`vaule` → `value`, `Hunter` → `hunter`, `lead-gen` → none).
 */
export function didYouMean(word: string, candidates: Iterable<string>, budget: { cells: number } = { cells: Infinity }): string | undefined {
  const lower = word.toLowerCase();
  const cap = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = cap + 1;
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > cap) continue;
    if (budget.cells <= 0) break;
    budget.cells -= word.length * (2 * cap + 1);
    const distance = candidate.toLowerCase() === lower ? 0 : boundedDistance(lower, candidate.toLowerCase(), cap);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** ` Did you mean "value"?` or an empty string; unbudgeted, for small fixed lists such as field names. */
export function didYouMeanHint(word: string, candidates: Iterable<string>, budget?: { cells: number }): string {
  const guess = didYouMean(word, candidates, budget);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
}

/**
 * A `Suggest` that stops suggesting once it has done `maxCells` units of work. Candidate
 * lists come from the document (stages, stations, shared conditions), so a hostile one with
 * thousands of near-miss names must not make validation slow; the issues are still reported.
 */
export function createSuggest(maxCells = 2_000_000): Suggest {
  const budget = { cells: maxCells };
  return (word, candidates) => (budget.cells <= 0 || word.length > 64 ? '' : didYouMeanHint(word, candidates, budget));
}

/**
 * Optimal string alignment distance (a swap of neighbours counts once), computed only
 * within `cap` of the diagonal: anything further is reported as `cap + 1`.
 */
function boundedDistance(a: string, b: string, cap: number): number {
  const width = b.length + 1;
  const far = cap + 1;
  let before = new Array<number>(width).fill(far);
  let previous = new Array<number>(width).fill(far);
  let current = new Array<number>(width).fill(far);
  for (let j = 0; j <= Math.min(cap, b.length); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current.fill(far);
    if (i <= cap) current[0] = i;
    let rowMin = current[0]!;
    const from = Math.max(1, i - cap);
    const to = Math.min(b.length, i + cap);
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = Math.min(value, far);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > cap) return far;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
