import { createLeadIndex, type LeadIndex } from '../assignment/lead-index.ts';
import { applyLineChanges, restOf, setLead, type LeadChange, type LineChange } from './line-recipes.ts';
import type { LeadRecord, LineState } from './line-state.ts';

/** What undoes one commit: the state without its leads as it was, and the lead records replaced. */
export interface LineUndo {
  rest: LineState;
  leads: LeadChange[];
}

/**
 * The facade's state, kept so a command costs what it changes. Lead records are immutable and
 * frozen, but the record of records holding them (`leads`) is updated in place while nobody
 * can see it: `snapshot()` hands out a frozen copy (cached until the next change), so every
 * state anyone holds stays frozen and shares its records with the next one. The `LeadIndex`
 * that assignment reads is kept current with every change.
 */
export interface LineStore {
  /** The state commands read. Its `leads` changes under it: never hand it out. */
  working(): LineState;
  snapshot(): LineState;
  lead(leadId: string): LeadRecord | undefined;
  /** Applies the changes; returns what undoes them. */
  commit(changes: readonly LineChange[]): LineUndo;
  undo(entry: LineUndo): void;
  /** The index of the working state's leads for these terminal stages. */
  index(terminal: ReadonlySet<string>): LeadIndex;
}

export function createLineStore(initial: LineState): LineStore {
  let rest = restOf(initial);
  const leads: Record<string, LeadRecord> = { ...initial.leads };
  let working: LineState = { ...rest, leads };
  let snapshot: LineState | null = Object.isFrozen(initial) && Object.isFrozen(initial.leads) ? initial : null;
  /** The frozen copy of `leads` the last snapshot handed out, while no lead has changed since. */
  let frozenLeads: Readonly<Record<string, LeadRecord>> | null = Object.isFrozen(initial.leads) ? initial.leads : null;
  let index: LeadIndex | null = null;

  function write(changes: readonly LeadChange[], backwards: boolean) {
    if (changes.length > 0) frozenLeads = null;
    for (let i = 0; i < changes.length; i++) {
      const [id, before, after] = changes[backwards ? changes.length - 1 - i : i] as LeadChange;
      const [from, to] = backwards ? [after, before] : [before, after];
      if (to === undefined) delete leads[id];
      else setLead(leads, id, to);
      index?.update(id, from, to);
    }
  }

  function settle(next: LineState) {
    rest = next;
    working = { ...rest, leads };
    snapshot = null;
  }

  return {
    working: () => working,
    snapshot() {
      // A change that touched no lead (a rep's status, a config) keeps the same `leads` object.
      frozenLeads ??= Object.freeze({ ...leads });
      snapshot ??= Object.freeze({ ...rest, leads: frozenLeads });
      return snapshot;
    },
    lead: (leadId) => (Object.hasOwn(leads, leadId) ? leads[leadId] : undefined),
    commit(changes) {
      const applied = applyLineChanges(rest, leads, changes);
      // The state before is frozen and shares everything unchanged with the next: keeping it costs little.
      const undo = { rest, leads: applied.leads };
      write(applied.leads, false);
      settle(applied.rest);
      return undo;
    },
    undo(entry) {
      write(entry.leads, true);
      settle(entry.rest);
    },
    index(terminal) {
      // A new config brings new terminal stages: rebuilt then, one scan like its re-timed deadlines.
      if (index?.terminal !== terminal) index = createLeadIndex(leads, terminal);
      return index;
    },
  };
}
