import { createAssignmentView } from './assignment/assignment-view.ts';
import { parseConfig, validateConfig, type ValidationResult } from './config/validate-config.ts';
import type { SalesLineConfig } from './config/config-schema.ts';
import { SalesLineError } from './errors.ts';
import type { Lead, Rep, RepStatus } from './line/lead.ts';
import { lineGraph } from './line/line-graph.ts';
import type { RoutingDecision } from './routing/routing-decision.ts';
import { checkLeads, prepareAddLeads } from './state/add-leads-command.ts';
import type { AuditDraft, CommandContext, CommandPlan } from './state/command-context.ts';
import { checkRepStation, createLineState, restoreLineState } from './state/create-line-state.ts';
import { frozenState, type LineChange } from './state/line-recipes.ts';
import type { AuditEntry, LeadRecord, LineState, MoveResult, RepRecord } from './state/line-state.ts';
import { createLineStore, type LineUndo } from './state/line-store.ts';
import { prepareMoveLead } from './state/move-lead-command.ts';
import { prepareAddRep, prepareRemoveRep, prepareSetRepStatus } from './state/rep-commands.ts';
import { chooseLineTarget } from './state/target-chooser.ts';
import { prepareTick } from './state/tick-command.ts';
import { checkSavedState } from './state/check-saved-state.ts';
import { configSwapIssues } from './state/config-swap-issues.ts';
import { checkedTime, checkLineInit } from './state/check-line-init.ts';

export type SalesLineListener = (state: LineState) => void;

export interface SalesLineInit {
  reps?: Rep[];
  /** Added as the line's first command; await `idle()` before reading them. */
  leads?: Lead[];
  /** Epoch milliseconds; every timestamp and deadline reads it. Defaults to `Date.now`. */
  clock?: () => number;
  /** A state saved from `getState()`; when given, `reps` is ignored. */
  state?: LineState;
  /** An audit log saved from `audit()`, continued by this line. */
  audit?: AuditEntry[];
  /**
   * Terminal stages that give the owner's rotation turn back: a lead disqualified as bad
   * should not cost its rep their place in the rotation. Default: none.
   */
  creditBackOn?: string[];
  /** How many commands `undo()` can step back. Default 100. */
  undoLimit?: number;
  /** Where a listener's exception goes; it never reaches the command or other listeners. */
  onListenerError?: (error: unknown) => void;
}

export interface SalesLine {
  getState(): LineState;
  /** One lead's record as it stands now, without taking a snapshot of the whole state. */
  getLead(leadId: string): LeadRecord | undefined;
  subscribe(listener: SalesLineListener): () => void;
  addLead(lead: Lead): Promise<RoutingDecision>;
  addLeads(leads: Lead[]): Promise<RoutingDecision[]>;
  moveLead(leadId: string, toStage: string, by?: string): Promise<MoveResult>;
  tick(now?: number): Promise<RoutingDecision[]>;
  setRepStatus(repId: string, status: RepStatus): Promise<RoutingDecision[]>;
  addRep(rep: Rep): Promise<void>;
  /** Takes a rep off the line; their open leads are re-routed first (like `setRepStatus(id, 'inactive')`). */
  removeRep(repId: string): Promise<RoutingDecision[]>;
  updateConfig(input: unknown): ValidationResult;
  undo(): boolean;
  audit(): AuditEntry[];
  /** The config the line runs now. */
  getConfig(): SalesLineConfig;
  /** The line's clock (epoch ms), e.g. for a board that ages deadlines the way `tick` sees them. */
  readonly clock: () => number;
  /** Resolves when every command issued so far has finished. */
  idle(): Promise<void>;
}

interface HistoryEntry {
  inverse: LineUndo;
  config: SalesLineConfig;
  summary: string;
}

/**
 * The stateful line: a thin facade over the pure reducers. Commands run one at a time in
 * the order they were called, so overlapping calls never lose or double-assign a lead.
 */
export function createSalesLine(configInput: unknown, init: SalesLineInit = {}): SalesLine {
  let config = parseConfig(configInput);
  checkLineInit(init, lineGraph(config));
  const clock = init.clock ?? (() => Date.now());
  const initial = frozenState(init.state ? restoreLineState(init.state) : createLineState(init.reps ?? [], clock()));
  if (init.state) checkSavedState(config, initial);
  else for (const id of initial.repOrder) checkRepStation(initial.reps[id] as RepRecord, lineGraph(config).stations);
  // Commands read the store's working state; listeners and `getState()` get frozen snapshots.
  const store = createLineStore(initial);
  const log: AuditEntry[] = (init.audit ?? []).map((entry) => Object.freeze({ ...entry }));
  const history: HistoryEntry[] = [];
  const listeners = new Set<SalesLineListener>();
  const creditBackOn = new Set(init.creditBackOn ?? []);
  const undoLimit = init.undoLimit ?? 100;
  const onListenerError = init.onListenerError ?? ((error: unknown) => console.error('A sales-line listener threw:', error));
  // Bumped by the synchronous changes (updateConfig, undo): a command prepared before one of them starts again.
  let revision = 0;
  let tail: Promise<unknown> = Promise.resolve();

  const context = (now = clock()): CommandContext => {
    const graph = lineGraph(config);
    return {
      config,
      graph,
      state: store.working(),
      now: checkedTime(now),
      chooseTarget: chooseLineTarget,
      creditBackOn,
      // The store's index describes the working leads; any other state is scanned.
      assignmentView: (state) => createAssignmentView(state, graph.terminal, state.leads === store.working().leads ? store.index(graph.terminal) : undefined),
    };
  };

  function notify() {
    if (listeners.size === 0) return;
    const state = store.snapshot();
    for (const listener of [...listeners]) {
      try {
        listener(state);
      } catch (error) {
        // The change is already committed: a failing handler must not turn it into a rejected command.
        try {
          onListenerError(error);
        } catch {
          // Nowhere left to report it; the other listeners still run.
        }
      }
    }
  }

  function commit(changes: LineChange[], audit: AuditDraft[], at: number, previousConfig = config) {
    if (changes.length === 0 && previousConfig === config) return;
    const inverse = store.commit(changes);
    history.push({ inverse, config: previousConfig, summary: audit[0]?.summary ?? 'change' });
    if (history.length > undoLimit) history.shift();
    // Frozen: `audit()` hands out the entries themselves, and the log is the record of what happened.
    for (const entry of audit) log.push(Object.freeze({ at, ...entry }));
    notify();
  }

  function enqueue<T>(prepare: (ctx: CommandContext) => Promise<CommandPlan<T>> | CommandPlan<T>, now?: () => number): Promise<T> {
    const run = async () => {
      for (;;) {
        const seen = revision;
        const ctx = context(now?.());
        const plan = await prepare(ctx);
        if (seen !== revision) continue;
        commit(plan.changes, plan.audit, ctx.now);
        return plan.result;
      }
    };
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  }

  const line: SalesLine = {
    getState: store.snapshot,
    getLead: store.lead,
    getConfig: () => config,
    clock,
    subscribe(listener) {
      if (typeof listener !== 'function') throw new SalesLineError('invalid-input', `subscribe takes a function called with each new state, got ${typeof listener}.`);
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async addLead(lead) {
      const [decision] = await enqueue((ctx) => prepareAddLeads(ctx, [lead]));
      return decision as RoutingDecision;
    },
    addLeads: (leads) => {
      if (!Array.isArray(leads)) return Promise.reject(new SalesLineError('invalid-input', 'addLeads takes an array of leads.'));
      return enqueue((ctx) => prepareAddLeads(ctx, leads));
    },
    moveLead: (leadId, toStage, by) => {
      // `by` is the audit's actor and a fact guards read: text, or left out.
      if (by !== undefined && typeof by !== 'string') return Promise.reject(new SalesLineError('invalid-input', `moveLead's "by" names who moved the lead, as text; got ${by === null ? 'null' : typeof by}.`));
      return enqueue((ctx) => prepareMoveLead(ctx, leadId, toStage, by ?? null));
    },
    tick: (now) => {
      // A NaN or infinite time would write timestamps that JSON cannot hold into every lead it touched.
      if (now !== undefined && !Number.isFinite(now)) {
        return Promise.reject(new SalesLineError('invalid-input', `tick(now) takes epoch milliseconds as a finite number, got ${typeof now === 'number' ? String(now) : JSON.stringify(now) ?? typeof now}.`));
      }
      return enqueue((ctx) => prepareTick(ctx), now === undefined ? undefined : () => now);
    },
    setRepStatus: (repId, status) => enqueue((ctx) => prepareSetRepStatus(ctx, repId, status)),
    addRep: (rep) => enqueue((ctx) => prepareAddRep(ctx, rep)),
    removeRep: (repId) => enqueue((ctx) => prepareRemoveRep(ctx, repId)),
    updateConfig(input) {
      const result = validateConfig(input);
      if (!result.ok) return result;
      const issues = configSwapIssues(config, result.config, store.working());
      if (issues.length) return { ok: false, issues };
      const previous = config;
      config = result.config;
      revision += 1;
      const summary = `Config updated: ${result.config.routing.rules.length} rule(s), ${result.config.line.stations.length} station(s).`;
      commit([{ type: 'refreshDeadlines', input: { graph: lineGraph(config) } }], [{ command: 'updateConfig', actor: null, summary }], clock(), previous);
      return result;
    },
    undo() {
      const entry = history.pop();
      if (!entry) return false;
      store.undo(entry.inverse);
      config = entry.config;
      revision += 1;
      log.push(Object.freeze({ at: clock(), command: 'undo', actor: null, summary: `Undid: ${entry.summary}` }));
      notify();
      return true;
    },
    audit: () => [...log],
    idle: () => tail.then(() => undefined),
  };
  if (init.leads?.length) {
    // Bad initial leads fail here, where the caller can see it, not in a detached promise.
    checkLeads(context(), init.leads);
    void line.addLeads(init.leads).catch(onListenerError);
  }
  return line;
}
