import { createSalesLine, type Lead, type LineState, type RoutingDecision, type SalesLine, type SalesLineConfig } from '@sales-line/core';
import type { Store } from './store.ts';

type Command<T> = (line: SalesLine) => Promise<T> | T;

/** A command waiting for its batch, and how to answer its caller. */
interface Pending {
  command: Command<unknown>;
  /** Set for a new lead, so consecutive ones can be routed in one `addLeads`. */
  lead?: Lead;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The line as a reader may see it: its state and config as of the last commit. */
export interface CommittedLine {
  readonly state: LineState;
  readonly config: SalesLineConfig;
}

/**
 * The running line and its storage, kept in step: commands run on the line one at a time, in
 * arrival order, and what they changed is committed to the store before any of them is answered.
 *
 * Group commit: the commands that arrive while a batch runs wait, then run as the next batch and
 * are committed together in one transaction (one `fsync` instead of one per command). Each is
 * still its own core command with its own result or error; only the commit is shared. So an
 * answered command is a stored one, and a failed commit fails every command of its batch.
 */
export class Portal {
  readonly store: Store;
  #line: SalesLine;
  #auditSeen: number;
  #committed!: CommittedLine;
  readonly #listeners = new Set<() => void>();
  #pending: Pending[] = [];
  /** True from the moment a batch is scheduled until the last queued command is answered. */
  #busy = false;
  /** The line may hold changes the store does not: reopen it before the next batch. */
  #stale = false;

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
    // The portal never undoes (a failed commit reopens from the store), so it keeps no undo steps.
    const line = createSalesLine(published.document, { clock: this.#clock, undoLimit: 0, ...(state ? { state } : {}) });
    this.#committed = { state: line.getState(), config: line.getConfig() };
    return [line, line.audit().length];
  }

  /** Back to what the store holds when the line may have run ahead of it (a batch not stored). */
  #resync(): void {
    if (!this.#stale) return;
    [this.#line, this.#auditSeen] = this.#open();
    this.#stale = false;
  }

  /** The running line, for commands (`run`); it may hold a batch not committed yet. */
  get line(): SalesLine {
    return this.#line;
  }

  /**
   * What readers are shown: the line as last committed. A batch running meanwhile may still
   * fail to commit and be undone, so its changes appear here only once they are stored.
   */
  get committed(): CommittedLine {
    return this.#committed;
  }

  /** Runs a command and persists what it changed; resolves to the command's result once stored. */
  run<T>(command: Command<T>): Promise<T> {
    return this.#enqueue({ command });
  }

  #enqueue<T>(item: Pick<Pending, 'command' | 'lead'>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#pending.push({ ...item, resolve: resolve as (value: unknown) => void, reject });
      if (!this.#busy) {
        this.#busy = true;
        this.#schedule();
      }
    });
  }

  /** Adds one lead, like `run((line) => line.addLead(lead))`, but routed together with the leads posted beside it. */
  addLead(lead: Lead): Promise<RoutingDecision> {
    return this.#enqueue({ command: (line) => line.addLead(lead), lead });
  }

  /**
   * The next batch starts after the event loop has read the requests that came in meanwhile
   * (the commit blocks it), so they join that batch instead of each waiting for its own.
   */
  #schedule(): void {
    setImmediate(() => void this.#runBatch());
  }

  async #runBatch(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    try {
      await this.#settle(batch);
    } catch (error) {
      // Something beyond one command failed (the store could not even be reopened): every
      // command of the batch not answered yet gets the error, the next batch starts from what
      // the store holds, and the queue keeps going.
      this.#stale = true;
      for (const { reject } of batch) reject(error);
    } finally {
      if (this.#pending.length > 0) this.#schedule();
      else this.#busy = false;
    }
  }

  /** Runs a batch's commands, commits them together, then answers each. */
  async #settle(batch: readonly Pending[]): Promise<void> {
    this.#resync();
    const before = this.#line.getState();
    const outcomes: Outcome[] = [];
    for (let i = 0; i < batch.length; ) {
      const run = leadRun(batch, i);
      if (run.length > 1 && (await this.#addLeads(run, outcomes))) {
        i += run.length;
        continue;
      }
      // A refused run goes one by one to its end, rather than retrying ever shorter runs.
      for (const end = i + Math.max(run.length, 1); i < end; i++) outcomes.push(await settle(() => batch[i]!.command(this.#line)));
    }
    const committed = this.#commit(before);
    batch.forEach(({ resolve, reject }, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) reject(outcome.error);
      else if (!committed.ok) reject(committed.error);
      else resolve(outcome.value);
    });
    if (committed.ok && committed.changed) this.#notify();
  }

  /**
   * Routes consecutive new leads in one core command (one assignment pass instead of one per
   * lead). The core refuses the whole call if any lead is bad; then nothing changed, and the
   * leads run one by one so that each gets its own answer.
   */
  async #addLeads(run: Lead[], outcomes: Outcome[]): Promise<boolean> {
    const all = await settle(() => this.#line.addLeads(run));
    if (!all.ok) return false;
    for (const decision of all.value as RoutingDecision[]) outcomes.push({ ok: true, value: decision });
    return true;
  }

  /** Stores what the batch changed, all in one transaction. */
  #commit(before: ReturnType<SalesLine['getState']>): { ok: true; changed: boolean } | { ok: false; error: unknown } {
    const state = this.#line.getState();
    const audit = this.#line.audit();
    if (state === before && audit.length === this.#auditSeen) return { ok: true, changed: false };
    try {
      this.store.commit({ state, audit: audit.slice(this.#auditSeen) });
    } catch (error) {
      // Not stored, so not done (a full disk, say): the line goes back to what the store holds.
      this.#stale = true;
      this.#resync();
      return { ok: false, error };
    }
    this.#auditSeen = audit.length;
    this.#committed = { state, config: this.#line.getConfig() };
    return { ok: true, changed: true };
  }

  #notify(): void {
    for (const listener of this.#listeners) {
      try {
        listener();
      } catch (error) {
        // The change is stored and answered; one broken page connection must not stop the others.
        console.error('sales-line portal: a change listener failed', error);
      }
    }
  }

  /** Called after every committed change (the page's live updates). */
  onChange(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The leads of the consecutive new-lead requests from `start` on. */
function leadRun(batch: readonly Pending[], start: number): Lead[] {
  const leads: Lead[] = [];
  for (let i = start; i < batch.length && batch[i]!.lead; i++) leads.push(batch[i]!.lead!);
  return leads;
}

/** A refused command changed nothing, so the rest of the batch goes on. */
async function settle(command: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await command() };
  } catch (error) {
    return { ok: false, error };
  }
}
