import type { RouteTarget } from '../config/config-schema.ts';
import type { Lead } from '../line/lead.ts';
import type { LineGraph } from '../line/line-graph.ts';
import type { CandidateTrace } from '../routing/routing-decision.ts';
import type { RepRecord, RotationCredit } from '../state/line-state.ts';
import { pickContender, TIE_BREAK_RULE, type Contender } from './assignment-strategies.ts';
import type { AssignmentView, LedgerJoin } from './assignment-view.ts';
import { firstExclusion, type EligibilityContext } from './eligibility-policies.ts';
import { creditsAtLevel, ledgerLevel } from './fairness-ledger.ts';
import { poolRef } from './pool-ref.ts';

export interface AssignmentRequest {
  lead: Lead;
  target: RouteTarget;
  /** The stage the lead will enter (WIP limits are per stage). */
  stage: string;
  previousOwners?: readonly string[];
  /** The stage the lead is in now, if it is on the line (a re-route within a stage adds nothing to its WIP total). */
  fromStage?: string;
  now: number;
  graph: LineGraph;
  /**
   * Build the candidates and the text (default true). Without them the pick is the same; a
   * replay counting a million leads asks for them only for the leads it shows.
   */
  explain?: boolean;
}

export interface Assignment {
  repId: string | null;
  queue: string | null;
  candidates: CandidateTrace[];
  /** 'round-robin' | 'weighted' | 'least-loaded' | 'queue' | 'account-owner'. */
  strategy: string;
  tieBreak: string;
  /** The assignment half of the explanation, one sentence. */
  text: string;
  /** The rotation turn this assignment costs; null for the account owner or a queue. */
  credit: RotationCredit | null;
  /** Reps brought to the pool's current level before the pick (first time in this pool). */
  joins: LedgerJoin[];
}

/**
 * Picks the person for a lead already routed to `target`, applying the policies in order:
 * account-owner stickiness, pool, availability, previous owners, capacity, then the
 * strategy. Nobody eligible sends the lead to the target's queue, saying why.
 */
export function assignLead(request: AssignmentRequest, view: AssignmentView): Assignment {
  const { target, graph } = request;
  const explain = request.explain !== false;
  const ref = poolRef(target);
  const queue = target.queue ?? graph.stationQueue(target.station);
  const joins: LedgerJoin[] = [];
  /** The assignment to `chosen` (with the rotation turn it costs, if any), or to the queue when nobody. */
  const outcome = (chosen: RepRecord | null, strategy: string, text: string, credit: RotationCredit | null = null): Assignment => ({
    repId: chosen?.id ?? null,
    queue: chosen ? null : queue,
    candidates: traces(chosen),
    strategy,
    tieBreak: TIE_BREAK_RULE,
    text,
    credit,
    joins,
  });
  if (ref.strategy === 'queue') return outcome(null, 'queue', `Queued in ${queue} (strategy queue: the pool picks their own).`);

  const context: EligibilityContext = {
    station: target.station,
    pool: ref.pool,
    stage: request.stage,
    wipLimit: graph.wipLimit(request.stage),
    entersStage: request.fromStage !== request.stage,
    previousOwners: request.previousOwners ?? [],
    now: request.now,
    view,
  };
  const entries = view.ledger(ref.key);
  const members = stationMembers(view.reps, target.station);
  const exclusions = new Map(members.map((rep) => [rep.id, firstExclusion(rep, context)]));
  const eligible = members.filter((rep) => exclusions.get(rep.id) === null);

  // A rep new to this pool starts level with the lowest current standing, not at zero.
  const standing = eligible.filter((rep) => entries.has(rep.id));
  const basis = standing.length ? standing : members.filter((rep) => entries.has(rep.id));
  const joinLevel = basis.length ? Math.min(...basis.map((rep) => ledgerLevel(entries.get(rep.id) ?? 0, rep, ref.strategy))) : 0;
  const credits = new Map<string, number>();
  for (const rep of members) {
    let own = entries.get(rep.id);
    if (own === undefined && exclusions.get(rep.id) === null) {
      own = creditsAtLevel(joinLevel, rep, ref.strategy);
      joins.push({ pool: ref.key, repId: rep.id, amount: own });
    }
    credits.set(rep.id, own ?? 0);
  }

  function traces(chosen: RepRecord | null): CandidateTrace[] {
    // A queue strategy considers nobody (and returns before the pool below is worked out).
    if (!explain || ref.strategy === 'queue') return [];
    return members.map((rep) => {
      const exclusion = exclusions.get(rep.id);
      return {
        repId: rep.id,
        name: rep.name,
        eligible: exclusion === null,
        ...(exclusion ? { excludedBy: exclusion.policy, reason: exclusion.reason } : {}),
        load: view.openLeads(rep.id),
        credits: credits.get(rep.id) ?? 0,
        chosen: rep === chosen,
      };
    });
  }

  const owner = view.accountOwner(request.lead);
  const ownerRep = owner ? members.find((rep) => rep.id === owner.repId) : undefined;
  if (owner && ownerRep && exclusions.get(ownerRep.id) === null) {
    const how = owner.via === 'account' ? `account ${owner.key}` : `company domain ${owner.key}`;
    return outcome(ownerRep, 'account-owner', explain ? `Assigned to ${ownerRep.name} (account owner: ${how} is theirs).` : '');
  }
  const ownerNote = explain && ownerRep ? ` Account owner ${ownerRep.name} ${exclusions.get(ownerRep.id)?.reason ?? 'cannot take it'}.` : '';

  if (eligible.length === 0) {
    if (!explain) return outcome(null, ref.strategy, '');
    const why = members.length === 0 ? `nobody works in station ${target.station}` : `nobody in pool ${ref.label} is eligible (${summarise(traces(null))})`;
    return outcome(null, ref.strategy, `Queued in ${queue}: ${why}.${ownerNote}`);
  }

  const contenders: Contender[] = eligible.map((rep) => ({
    rep,
    order: view.repOrder(rep.id),
    load: view.openLeads(rep.id),
    credits: credits.get(rep.id) ?? 0,
  }));
  const pick = pickContender(ref.strategy, contenders, ref.label);
  const chosen = pick.chosen.rep;
  const reasons = [pick.why, ...(pick.tieBreak ? [pick.tieBreak] : [])].join('; ');
  const text = explain ? `Assigned to ${chosen.name} (${ref.strategy}: ${reasons}).${ownerNote}` : '';
  return outcome(chosen, ref.strategy, text, { pool: ref.key, repId: chosen.id });
}

const byStation = new WeakMap<readonly RepRecord[], Map<string, readonly RepRecord[]>>();

/** The reps of one station, remembered per list of reps (views of an unchanged team share theirs). */
function stationMembers(reps: readonly RepRecord[], station: string): readonly RepRecord[] {
  let stations = byStation.get(reps);
  if (stations === undefined) byStation.set(reps, (stations = new Map()));
  let members = stations.get(station);
  if (members === undefined) stations.set(station, (members = reps.filter((rep) => rep.station === station)));
  return members;
}

function summarise(traces: CandidateTrace[]): string {
  const shown = traces.slice(0, 5).map((t) => `${t.name} ${t.reason ?? 'excluded'}`);
  const more = traces.length > 5 ? `, and ${traces.length - 5} more` : '';
  return shown.join('; ') + more;
}
