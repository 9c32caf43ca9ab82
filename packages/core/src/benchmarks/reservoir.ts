import { quantile } from './distribution.ts';
import { seededRandom } from './seeded-random.ts';

/**
 * A uniform random sample of at most `capacity` numbers from a stream of any length
 * (Vitter's algorithm R), so a median over millions of lead pairs costs fixed memory.
 * Exact while the stream is no longer than `capacity`; beyond it the median's rank error
 * has a standard deviation of about 0.5/√capacity (±1.6 percentile points at 1,024).
 * The generator is seeded, so the same stream gives the same sample in any chunking.
 */
export class Reservoir {
  readonly capacity: number;
  #sample: number[] = [];
  #seen = 0;
  readonly #random: () => number;

  constructor(capacity: number, seed = 0x9e3779b9) {
    this.capacity = Math.max(1, Math.floor(capacity));
    this.#random = seededRandom(seed);
  }

  /** How many values the stream held (not how many are kept). */
  get seen(): number {
    return this.#seen;
  }

  add(value: number): void {
    this.#seen += 1;
    if (this.#sample.length < this.capacity) {
      this.#sample.push(value);
      return;
    }
    const slot = Math.floor(this.#random() * this.#seen);
    if (slot < this.capacity) this.#sample[slot] = value;
  }

  /** The p-th quantile (0–100) of the sample; `null` when nothing was added. */
  quantile(p: number): number | null {
    return quantile([...this.#sample].sort((a, b) => a - b), p);
  }
}
