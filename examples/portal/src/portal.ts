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

  constructor(store: Store, clock: () => number = Date.now) {
    this.store = store;
    const published = store.publishedConfig();
    if (!published) throw new Error('The store has no published config: seed it first.');
    const state = store.loadLineState();
    this.#line = createSalesLine(published.document, { clock, ...(state ? { state } : {}) });
    this.#auditSeen = this.#line.audit().length;
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
    this.#auditSeen = audit.length;
    if (state !== before || fresh.length > 0) {
      this.store.commit({ state, audit: fresh });
      for (const listener of this.#listeners) listener();
    }
    return result;
  }

  /** Called after every committed change (the page's live updates). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
