export type DeadlineState = 'none' | 'on-time' | 'due-soon' | 'overdue';

/** Below this share of the stage's time left, a deadline is "due soon". */
const SOON_SHARE = 0.25;
/** When the stage's start is unknown, the last hour counts as "due soon". */
const SOON_FALLBACK_MS = 3_600_000;

/** How a card's deadline stands at `now`; the badge ages as the clock runs. */
export function deadlineState(dueAt: number | null, stageEnteredAt: number | null, now: number): DeadlineState {
  if (dueAt === null) return 'none';
  const left = dueAt - now;
  if (left <= 0) return 'overdue';
  const window = stageEnteredAt !== null && dueAt > stageEnteredAt ? (dueAt - stageEnteredAt) * SOON_SHARE : SOON_FALLBACK_MS;
  return left <= window ? 'due-soon' : 'on-time';
}
