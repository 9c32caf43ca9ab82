import type { RouteTarget, Strategy } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { RepRecord } from '../state/line-state.ts';
import type { AccountOwner, AssignmentView, PlacementChange } from './assignment-view.ts';
import { ELIGIBILITY_POLICIES, type EligibilityContext } from './eligibility-policies.ts';
import { accountKeys } from './lead-index.ts';
import { poolRef } from './pool-ref.ts';

/** Where a routed lead ends up: the stage it enters, and a rep or the queue. */
export interface ReplayPlacement {
  stage: string;
  repId: string | null;
  queue: string | null;
}

/**
 * Assigns new leads for a replay exactly as `assignLead` over an `AssignmentView` would, at a
 * fraction of the cost. In a replay the reps and the clock never change, only loads, WIP, the
 * fairness ledger and account owners do; so each target's pool members (station, pool filters,
 * availability) are worked out once, and the changing figures live in typed arrays by rep.
 * `view` reads and writes the same figures, so a lead assigned through `assignLead` (the ones a
 * replay explains) and one assigned here carry the rotation and loads for each other.
 */
export interface ReplayAssigner {
  /** Assigns a lead entering the line at `target` and records it. */
  assign(lead: Lead, target: RouteTarget): ReplayPlacement;
  view: AssignmentView;
}

interface TargetPlan {
  stage: string;
  stageIndex: number;
  open: boolean;
  queue: string;
  strategy: Strategy;
  ledger: PoolLedger;
  /** Rep indexes that pass the pool and availability policies, in rep order. */
  members: Int32Array;
  perRep: number;
  total: number;
}

interface PoolLedger {
  credits: Float64Array;
  has: Uint8Array;
}

/** `ledgerLevel` over the typed ledger (a module function: no closure per lead). */
function levelOf(weighted: boolean, credits: Float64Array, weight: Float64Array, i: number): number {
  return weighted ? (credits[i] as number) / (weight[i] as number) : (credits[i] as number);
}

/** `reps` in rep order (tie-break order), as a state's roster lists them. */
export function createReplayAssigner(reps: readonly RepRecord[], graph: LineGraph, now: number): ReplayAssigner {
  const count = reps.length;
  const indexOf = new Map(reps.map((rep, i) => [rep.id, i]));
  const weight = Float64Array.from(reps, (rep) => rep.weight ?? 1);
  const maxOpen = Float64Array.from(reps, (rep) => rep.maxOpenLeads ?? Infinity);
  const load = new Int32Array(count);
  const stageIndex = new Map<string, number>();
  const inStage: Int32Array[] = [];
  const stageTotal: number[] = [];
  const ledgers = new Map<string, PoolLedger>();
  const owners = new Map<string, { rep: number; leadId: string }>();
  const plans = new Map<RouteTarget, TargetPlan>();
  const eligible = new Int32Array(count);
  const isEligible = new Uint8Array(count);

  const stageOf = (stage: string): number => {
    let i = stageIndex.get(stage);
    if (i === undefined) {
      stageIndex.set(stage, (i = inStage.length));
      inStage.push(new Int32Array(count));
      stageTotal.push(0);
    }
    return i;
  };
  const ledgerOf = (pool: string): PoolLedger => {
    let ledger = ledgers.get(pool);
    if (ledger === undefined) ledgers.set(pool, (ledger = { credits: new Float64Array(count), has: new Uint8Array(count) }));
    return ledger;
  };
  const credit = (pool: string, repId: string, amount: number) => {
    const rep = indexOf.get(repId) as number;
    const ledger = ledgerOf(pool);
    ledger.credits[rep] = (ledger.has[rep] ? (ledger.credits[rep] as number) : 0) + amount;
    ledger.has[rep] = 1;
  };
  const place = (stage: number, open: boolean, rep: number, by: number) => {
    if (!open) return;
    stageTotal[stage] = (stageTotal[stage] as number) + by;
    if (rep < 0) return;
    load[rep] = (load[rep] as number) + by;
    const held = inStage[stage] as Int32Array;
    held[rep] = (held[rep] as number) + by;
  };
  const noteOwner = (lead: Lead, leadId: string, rep: number) => {
    for (const key of accountKeys(lead)) owners.set(key, { rep, leadId });
  };
  const ownerOf = (lead: Lead): (AccountOwner & { rep: number }) | undefined => {
    if (owners.size === 0) return undefined;
    for (const key of accountKeys(lead)) {
      const known = owners.get(key);
      if (known && known.leadId !== lead.id) {
        return { rep: known.rep, repId: (reps[known.rep] as RepRecord).id, via: key.startsWith('account:') ? 'account' : 'domain', key: key.slice(key.indexOf(':') + 1), leadId: known.leadId };
      }
    }
    return undefined;
  };

  const view: AssignmentView = {
    reps,
    repOrder: (repId) => indexOf.get(repId) ?? Number.MAX_SAFE_INTEGER,
    openLeads: (repId) => load[indexOf.get(repId) ?? -1] ?? 0,
    inStage: (repId, stage) => inStage[stageIndex.get(stage) ?? -1]?.[indexOf.get(repId) ?? -1] ?? 0,
    stageTotal: (stage) => stageTotal[stageIndex.get(stage) ?? -1] ?? 0,
    ledger(pool) {
      const ledger = ledgers.get(pool);
      const entries = new Map<string, number>();
      if (ledger !== undefined) reps.forEach((rep, i) => ledger.has[i] && entries.set(rep.id, ledger.credits[i] as number));
      return entries;
    },
    accountOwner: ownerOf,
    // A replay only ever adds leads: a change never has a `before`.
    apply(change: PlacementChange) {
      const { ownerId, stage } = change.after;
      const rep = ownerId === null ? -1 : (indexOf.get(ownerId) as number);
      place(stageOf(stage), !graph.terminal.has(stage), rep, 1);
      if (rep >= 0) noteOwner(change.lead, change.leadId, rep);
      for (const join of change.joins) credit(join.pool, join.repId, join.amount);
      if (change.credit) credit(change.credit.pool, change.credit.repId, 1);
    },
  };

  const planOf = (target: RouteTarget): TargetPlan => {
    let plan = plans.get(target);
    if (plan !== undefined) return plan;
    const ref = poolRef(target);
    const stage = target.stage ?? graph.firstStage(target.station);
    const wip = graph.wipLimit(stage);
    // Only these two policies are fixed for a replay (same reps, same instant); the others read loads.
    const context: EligibilityContext = { station: target.station, pool: ref.pool, stage, wipLimit: wip, entersStage: true, previousOwners: [], now, view };
    const fixed = ELIGIBILITY_POLICIES.filter(({ name }) => name === 'pool' || name === 'availability');
    const members = reps.flatMap((rep, i) => (fixed.every(({ check }) => check(rep, context) === null) ? [i] : []));
    plan = {
      stage,
      stageIndex: stageOf(stage),
      open: !graph.terminal.has(stage),
      queue: target.queue ?? graph.stationQueue(target.station),
      strategy: ref.strategy,
      ledger: ledgerOf(ref.key),
      members: Int32Array.from(members),
      perRep: wip?.perRep ?? Infinity,
      total: wip?.total ?? Infinity,
    };
    plans.set(target, plan);
    return plan;
  };

  function assign(lead: Lead, target: RouteTarget): ReplayPlacement {
    const plan = planOf(target);
    const rep = plan.strategy === 'queue' ? -1 : pick(plan, lead);
    place(plan.stageIndex, plan.open, rep, 1);
    if (rep < 0) return { stage: plan.stage, repId: null, queue: plan.queue };
    noteOwner(lead, lead.id, rep);
    return { stage: plan.stage, repId: (reps[rep] as RepRecord).id, queue: null };
  }

  /** `assignLead`'s policies and strategies over the plan; -1 queues the lead. Records joins and the credit. */
  function pick(plan: TargetPlan, lead: Lead): number {
    const { members, strategy } = plan;
    const { credits, has } = plan.ledger;
    // A new lead always enters its stage, so the station's WIP total counts for everyone.
    if ((stageTotal[plan.stageIndex] as number) >= plan.total) return -1;
    const held = inStage[plan.stageIndex] as Int32Array;
    let n = 0;
    for (let m = 0; m < members.length; m++) {
      const i = members[m] as number;
      if ((load[i] as number) < (maxOpen[i] as number) && (held[i] as number) < plan.perRep) {
        eligible[n++] = i;
        isEligible[i] = 1;
      }
    }
    if (n === 0) return -1;
    const weighted = strategy === 'weighted';
    // A rep new to this pool starts level with the lowest current standing, not at zero.
    let joinLevel = Infinity;
    for (let e = 0; e < n; e++) {
      const i = eligible[e] as number;
      if (has[i]) joinLevel = Math.min(joinLevel, levelOf(weighted, credits, weight, i));
    }
    if (joinLevel === Infinity) {
      for (let m = 0; m < members.length; m++) {
        const i = members[m] as number;
        if (has[i]) joinLevel = Math.min(joinLevel, levelOf(weighted, credits, weight, i));
      }
    }
    if (joinLevel === Infinity) joinLevel = 0;
    for (let e = 0; e < n; e++) {
      const i = eligible[e] as number;
      if (has[i]) continue;
      credits[i] = weighted ? joinLevel * (weight[i] as number) : joinLevel;
      has[i] = 1;
    }

    let chosen = -1;
    const owner = ownerOf(lead);
    if (owner !== undefined && isEligible[owner.rep]) chosen = owner.rep;
    else {
      chosen = eligible[0] as number;
      for (let e = 1; e < n; e++) {
        const i = eligible[e] as number;
        if (before(strategy, i, chosen, credits)) chosen = i;
      }
      credits[chosen] = (credits[chosen] as number) + 1;
    }
    for (let e = 0; e < n; e++) isEligible[eligible[e] as number] = 0;
    return chosen;
  }

  /** `pickContender`'s order: lowest score first, then the next key; `b` is earlier in rep order. */
  function before(strategy: Strategy, a: number, b: number, credits: Float64Array): boolean {
    let diff: number;
    if (strategy === 'weighted') {
      diff = ((credits[a] as number) + 1) / (weight[a] as number) - ((credits[b] as number) + 1) / (weight[b] as number);
    } else if (strategy === 'least-loaded') {
      diff = (load[a] as number) - (load[b] as number);
      if (diff === 0) diff = (credits[a] as number) - (credits[b] as number);
    } else {
      diff = (credits[a] as number) - (credits[b] as number);
    }
    return diff !== 0 && diff < 0;
  }

  return { assign, view };
}
