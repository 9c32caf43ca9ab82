import type { Lead, LeadRecord, LineState, MoveResult, Rep, RoutingDecision, SalesLineConfig } from '@sales-line/core';
import type { BoardLine } from '../src/board/board-line.ts';

type Condition = { fact: string; operator: string; value: unknown };
const operators: Record<string, (fact: unknown, value: unknown) => boolean> = {
  equal: (fact, value) => fact === value,
  greaterThanInclusive: (fact, value) => Number(fact) >= Number(value),
  lessThan: (fact, value) => Number(fact) < Number(value),
};

function hours(duration: string): number {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration);
  if (!match) return 0;
  return Number(match[1] ?? 0) * 24 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 60;
}

export interface FakeLine extends BoardLine {
  readonly config: SalesLineConfig;
  /** Every call the board made, in order. */
  readonly calls: Array<{ leadId: string; toStage: string; by?: string }>;
  /** A change the host (not the user) makes: the board must follow it without firing events. */
  put(lead: Partial<LeadRecord> & { id: string }): void;
  /** A rep the host renamed (or added). */
  putRep(rep: Rep): void;
  listeners(): number;
}

/**
 * A small, faithful stand-in for core's `createSalesLine` while it is being written: transitions
 * from the config (with simple guards), total WIP limits, hand-offs to the least-loaded rep of
 * the target station, refusals with reasons, synchronous notifications.
 */
export function createFakeLine(config: SalesLineConfig, init: { reps: Rep[]; leads: Lead[]; clock: () => number }): FakeLine {
  const stationOf = new Map(config.line.stations.flatMap((station) => station.stages.map((stage) => [stage, station])));
  const deadlineOf = new Map(config.line.deadlines.map((deadline) => [deadline.stage, hours(deadline.within) * 3_600_000]));
  const dueAt = (stage: string, from: number) => (deadlineOf.has(stage) ? from + deadlineOf.get(stage)! : null);
  const listeners = new Set<(state: LineState) => void>();
  const calls: FakeLine['calls'] = [];
  let state: LineState = {
    version: 0,
    leads: Object.fromEntries(
      init.leads.map((lead): [string, LeadRecord] => {
        const stage = lead.stage ?? config.line.stations[0]!.stages[0]!;
        const entered = typeof lead.stageEnteredAt === 'number' ? lead.stageEnteredAt : init.clock();
        return [
          lead.id,
          {
            id: lead.id,
            lead,
            station: stationOf.get(stage)?.id ?? 'terminal',
            stage,
            ownerId: lead.ownerId ?? null,
            queue: null,
            createdAt: entered,
            stageEnteredAt: entered,
            updatedAt: entered,
            dueAt: typeof lead.dueAt === 'number' ? lead.dueAt : dueAt(stage, entered),
            previousOwners: [],
            rotationCredits: [],
          },
        ];
      }),
    ),
    reps: Object.fromEntries(init.reps.map((rep) => [rep.id, { ...rep, status: rep.status ?? 'active', activeSince: 0 }])),
    repOrder: init.reps.map((rep) => rep.id),
    queues: {},
    ledger: {},
    ledgerJoins: {},
  };
  const commit = (next: LineState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };
  const refuse = (...reasons: string[]): MoveResult => ({ ok: false, reasons });

  function handOff(record: LeadRecord, toStation: string): RoutingDecision {
    const station = config.line.stations.find((s) => s.id === toStation)!;
    const loads = new Map<string, number>();
    for (const id in state.leads) {
      const owner = state.leads[id]!.ownerId;
      if (owner !== null) loads.set(owner, (loads.get(owner) ?? 0) + 1);
    }
    const load = (repId: string) => loads.get(repId) ?? 0;
    const candidates = Object.values(state.reps).filter((rep) => rep.station === toStation && rep.status === 'active');
    const chosen = [...candidates].sort((a, b) => load(a.id) - load(b.id) || a.id.localeCompare(b.id))[0];
    return {
      leadId: record.id,
      station: toStation,
      stage: record.stage,
      repId: chosen?.id ?? null,
      queue: chosen ? null : 'unassigned',
      rule: null,
      fallback: true,
      explanation: {
        text: chosen
          ? `Handed off to ${station.name}: ${chosen.name} has the fewest open leads (${load(chosen.id)}).`
          : `Handed off to ${station.name}: nobody is available, so the lead waits in the queue.`,
        rules: [],
        candidates: [],
      },
    };
  }

  return {
    config,
    calls,
    clock: init.clock,
    getState: () => state,
    getConfig: () => config,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listeners: () => listeners.size,
    putRep(rep) {
      const record = { ...rep, status: rep.status ?? 'active', activeSince: 0 };
      commit({ ...state, version: state.version + 1, reps: { ...state.reps, [rep.id]: record } });
    },
    put(patch) {
      const record = { ...state.leads[patch.id]!, ...patch };
      commit({ ...state, version: state.version + 1, leads: { ...state.leads, [patch.id]: record } });
    },
    async moveLead(leadId, toStage, by) {
      calls.push(by === undefined ? { leadId, toStage } : { leadId, toStage, by });
      await Promise.resolve();
      const record = state.leads[leadId];
      if (!record) return refuse(`Unknown lead "${leadId}".`);
      const toStation = stationOf.get(toStage)?.id ?? (config.line.terminal.includes(toStage) ? record.station : undefined);
      if (!toStation) return refuse(`"${toStage}" is not a stage of this line.`);
      const transitions = config.line.transitions;
      const transition = transitions.find((t) => t.from === record.stage && t.to === toStage);
      if (transitions.length > 0 && !transition) return refuse(`No transition from "${record.stage}" to "${toStage}".`);
      const guard = transition?.conditions && 'all' in transition.conditions ? (transition.conditions.all as Condition[]) : [];
      for (const condition of guard) {
        if (!operators[condition.operator]?.(record.lead[condition.fact], condition.value)) {
          return refuse(`Transition "${transition!.name}" requires ${condition.fact} ${condition.operator} ${String(condition.value)}.`);
        }
      }
      const limit = stationOf.get(toStage)?.wipLimits?.find((l) => l.stage === toStage)?.total;
      const inStage = limit === undefined ? 0 : Object.values(state.leads).filter((l) => l.stage === toStage).length;
      if (limit !== undefined && inStage >= limit) return refuse(`"${toStage}" is at its WIP limit of ${limit}.`);
      const now = init.clock();
      const decision = toStation !== record.station ? handOff(record, toStation) : undefined;
      const moved: LeadRecord = {
        ...record,
        stage: toStage,
        station: toStation,
        ownerId: decision ? decision.repId : record.ownerId,
        previousOwners: decision && record.ownerId ? [...record.previousOwners, record.ownerId] : record.previousOwners,
        stageEnteredAt: now,
        updatedAt: now,
        dueAt: dueAt(toStage, now),
      };
      commit({ ...state, version: state.version + 1, leads: { ...state.leads, [leadId]: moved } });
      return decision ? { ok: true, decision } : { ok: true };
    },
  };
}
