import type { Pool, WipLimit } from '../config/config-schema.ts';
import type { RepRecord } from '../state/line-state.ts';
import type { AssignmentView } from './assignment-view.ts';
import { isWithinWorkingHours } from './working-hours.ts';

export interface EligibilityContext {
  station: string;
  pool: Pool;
  stage: string;
  wipLimit: WipLimit | undefined;
  /** False when the lead is already in `stage` (a re-route there): it adds nothing to the stage's total. */
  entersStage: boolean;
  previousOwners: readonly string[];
  now: number;
  view: AssignmentView;
}

/** Returns why the rep cannot take the lead, or null when this policy lets them through. */
export type EligibilityCheck = (rep: RepRecord, context: EligibilityContext) => string | null;

const poolCheck: EligibilityCheck = (rep, { station, pool }) => {
  if (rep.station !== station) return `works in station ${rep.station}, not ${station}`;
  if (pool.reps?.length && !pool.reps.includes(rep.id)) return "not in the pool's list of reps";
  if (pool.team !== undefined && rep.team !== pool.team) return `not in team ${pool.team}`;
  const missing = (pool.skills ?? []).filter((skill) => !(rep.skills ?? []).includes(skill));
  if (missing.length) return `lacks skill ${missing.join(', ')}`;
  if (pool.territory !== undefined && rep.territory !== pool.territory) return `covers ${rep.territory ?? 'no territory'}, not ${pool.territory}`;
  return null;
};

const availabilityCheck: EligibilityCheck = (rep, { now }) => {
  if (rep.status !== 'active') return `is ${rep.status}`;
  if (rep.workingHours && !isWithinWorkingHours(rep.workingHours, now, rep.timeZone)) {
    return `outside working hours (${rep.workingHours.start}–${rep.workingHours.end} ${rep.timeZone ?? 'UTC'})`;
  }
  return null;
};

const previousOwnerCheck: EligibilityCheck = (rep, { previousOwners }) =>
  previousOwners.includes(rep.id) ? 'already had this lead and let it go' : null;

const capacityCheck: EligibilityCheck = (rep, { view, stage, wipLimit, entersStage }) => {
  const load = view.openLeads(rep.id);
  if (rep.maxOpenLeads !== undefined && load >= rep.maxOpenLeads) return `at capacity (${load}/${rep.maxOpenLeads} open leads)`;
  if (wipLimit?.perRep !== undefined) {
    const held = view.inStage(rep.id, stage);
    if (held >= wipLimit.perRep) return `at the WIP limit of ${stage} (${held}/${wipLimit.perRep})`;
  }
  if (wipLimit?.total !== undefined && entersStage) {
    const total = view.stageTotal(stage);
    if (total >= wipLimit.total) return `cannot take more in ${stage}: the station's WIP limit is reached (${total}/${wipLimit.total} leads)`;
  }
  return null;
};

/** The filters, applied in this order; the first that objects is recorded as `excludedBy`. */
export const ELIGIBILITY_POLICIES: readonly { name: string; check: EligibilityCheck }[] = [
  { name: 'pool', check: poolCheck },
  { name: 'availability', check: availabilityCheck },
  { name: 'previous-owner', check: previousOwnerCheck },
  { name: 'capacity', check: capacityCheck },
];

/** The first policy that excludes the rep, or null when every policy lets them through. */
export function firstExclusion(rep: RepRecord, context: EligibilityContext): { policy: string; reason: string } | null {
  for (const { name, check } of ELIGIBILITY_POLICIES) {
    const reason = check(rep, context);
    if (reason !== null) return { policy: name, reason };
  }
  return null;
}
