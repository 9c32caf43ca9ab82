import type { LeadRecord } from '@sales-line/core';
import { cardFromRecord, type CardData } from './board-model.ts';

const age = (card: CardData) => card.stageEnteredAt ?? 0;

/** Index of the first card older than or as old as `card` would be after: keeps ties in arrival order. */
function insertionPoint(cards: readonly CardData[], card: CardData): number {
  let low = 0;
  let high = cards.length;
  const key = age(card);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (age(cards[mid]!) <= key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Every card by id and, per stage, oldest in stage first. A line's new state usually differs
 * from the last in a record or two (immer shares the rest), so only those are re-placed: a
 * move at 10,000 leads costs a scan of identities, not a rebuild and a sort.
 */
export class CardIndex {
  #byId = new Map<string, CardData>();
  #byStage = new Map<string, CardData[]>();
  #records: Record<string, LeadRecord> | undefined;
  #names: ReadonlyMap<string, string> | undefined;
  /** Bumped on every change, so whoever derives from the index knows to derive again. */
  version = 0;

  get size(): number {
    return this.#byId.size;
  }

  get(id: string): CardData | undefined {
    return this.#byId.get(id);
  }

  /** The stage's cards, oldest first; the array is the index's own, so read it, don't keep it. */
  stage(stage: string): readonly CardData[] {
    return this.#byStage.get(stage) ?? [];
  }

  values(): IterableIterator<CardData> {
    return this.#byId.values();
  }

  /** Replaces everything (read-only leads, or a new line). */
  reset(cards: Iterable<CardData>): void {
    this.version += 1;
    this.#records = undefined;
    this.#byId = new Map();
    this.#byStage = new Map();
    for (const card of cards) this.#byId.set(card.id, card);
    for (const card of this.#byId.values()) {
      const list = this.#byStage.get(card.stage);
      if (list) list.push(card);
      else this.#byStage.set(card.stage, [card]);
    }
    for (const list of this.#byStage.values()) list.sort((a, b) => age(a) - age(b));
  }

  /** Follows a line's records; `names` (rep id → name) must be a new map when reps changed. */
  sync(records: Record<string, LeadRecord>, names: ReadonlyMap<string, string>): void {
    if (records === this.#records && names === this.#names) return;
    const previous = this.#records;
    if (!previous || names !== this.#names) {
      this.reset(Object.values(records).map((record) => cardFromRecord(record, names)));
      this.#records = records;
      this.#names = names;
      return;
    }
    this.#records = records;
    this.version += 1;
    // Object.keys and an indexed loop: the fastest scan of a 10,000-key record in V8 (≈2 ms).
    const ids = Object.keys(records);
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const record = records[id]!;
      if (previous[id] === record) continue;
      this.#remove(id);
      this.#insert(cardFromRecord(record, names));
    }
    if (ids.length !== this.#byId.size) {
      for (const id of [...this.#byId.keys()]) if (!(id in records)) this.#remove(id);
    }
  }

  #remove(id: string): void {
    const card = this.#byId.get(id);
    if (!card) return;
    this.#byId.delete(id);
    const list = this.#byStage.get(card.stage)!;
    list.splice(list.indexOf(card), 1);
  }

  #insert(card: CardData): void {
    this.#byId.set(card.id, card);
    const list = this.#byStage.get(card.stage);
    if (!list) this.#byStage.set(card.stage, [card]);
    else list.splice(insertionPoint(list, card), 0, card);
  }
}
