import { replay, type Lead, type Rep, type ReplayDiff, type SalesLineConfig } from '@sales-line/core';

/** How one team's load (leads owned by its people) changes: `ratio` is the relative change, `null` when it had none before. */
export interface TeamLoadChange {
  station: string;
  /** `undefined` for the people of a station who are in no team. */
  team: string | undefined;
  before: number;
  after: number;
  ratio: number | null;
}

/** What publishing the edited config would change for the recent leads (core's `replay`). */
export interface ReplayImpact {
  changedStation: number;
  changedOwner: number;
  /** Teams whose load changes, the largest change first. */
  teams: TeamLoadChange[];
}

/** The teams shown next to the owner count; the rest are in the replay but not in the sentence. */
export const SHOWN_TEAMS = 3;

/** Sums each team's people's leads before and after; people the diff names but `reps` does not are left out. */
export function teamLoadChanges(reps: ReplayDiff['reps'], people: readonly Rep[]): TeamLoadChange[] {
  const teams = new Map<string, TeamLoadChange>();
  for (const rep of people) {
    const count = Object.hasOwn(reps, rep.id) ? reps[rep.id]! : undefined;
    if (count === undefined) continue;
    const key = JSON.stringify([rep.station, rep.team ?? null]);
    const team = teams.get(key) ?? { station: rep.station, team: rep.team, before: 0, after: 0, ratio: null };
    team.before += count.before;
    team.after += count.after;
    teams.set(key, team);
  }
  return [...teams.values()]
    .filter((team) => team.after !== team.before)
    .map((team) => ({ ...team, ratio: team.before === 0 ? null : (team.after - team.before) / team.before }))
    .sort((a, b) => Math.abs(b.after - b.before) - Math.abs(a.after - a.before) || a.station.localeCompare(b.station));
}

/**
 * Replays the leads under the published and the edited config: how many change station, how
 * many change owner and how each team's load moves. `null` when there is nothing to compare or
 * the replay fails (the editor then shows no figures rather than wrong ones).
 */
export async function replayImpact(
  published: SalesLineConfig | undefined,
  edited: SalesLineConfig | undefined,
  leads: readonly Lead[],
  reps: readonly Rep[],
): Promise<ReplayImpact | null> {
  if (published === undefined || edited === undefined || leads.length === 0) return null;
  try {
    const diff = await replay(published, edited, leads, reps.length > 0 ? { examples: 0, reps } : { examples: 0 });
    return { changedStation: diff.changed.station, changedOwner: diff.changed.owner, teams: teamLoadChanges(diff.reps, reps) };
  } catch {
    return null;
  }
}
