import { createSalesLine, type AuditEntry, type SalesLine } from '@sales-line/core';
import type { Store } from './store.ts';

/**
 * The running line and its storage, kept in step: every command runs on the line, then its
 * new state and audit entries are committed to the store in one transaction.
 */
export class Portal {
  readonly store: Store;
  #line: SalesLine;
  #auditSeen: number;
  readonly #listeners = new Set<() => void>();
  /** Commands and their commits run one at a time, in arrival order. */
  #queue: Promise<unknown> = Promise.resolve();

  readonly #clock: () => number;

  constructor(store: Store, clock: () => number = Date.now) {
    this.store = store;
    this.#clock = clock;
    [this.#line, this.#auditSeen] = this.#open();
  }

  /** The line as the store holds it. */
  #open(): [SalesLine, number] {
    const published = this.store.publishedConfig();
    if (!published) throw new Error('The store has no published config: seed it first.');
    const state = this.store.loadLineState();
    const line = createSalesLine(published.document, { clock: this.#clock, ...(state ? { state } : {}) });
    return [line, line.audit().length];
  }

  get line(): SalesLine {
    return this.#line;
  }

  /** Runs a command and persists what it changed; resolves to the command's result. */
  run<T>(command: (line: SalesLine) => Promise<T> | T): Promise<T> {
    const result = this.#queue.then(() => this.#runNow(command));
    this.#queue = result.catch(() => undefined);
    return result;
  }

  async #runNow<T>(command: (line: SalesLine) => Promise<T> | T): Promise<T> {
    const before = this.#line.getState();
    const result = await command(this.#line);
    const state = this.#line.getState();
    const audit = this.#line.audit();
    const fresh: AuditEntry[] = audit.slice(this.#auditSeen);
    if (state !== before || fresh.length > 0) {
      try {
        this.store.commit({ state, audit: fresh });
      } catch (error) {
        // Not stored, so not done (a full disk, say): the line goes back to what the store holds.
        [this.#line, this.#auditSeen] = this.#open();
        throw error;
      }
      for (const listener of this.#listeners) listener();
    }
    this.#auditSeen = audit.length;
    return result;
  }

  /** Called after every committed change (the page's live updates). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
