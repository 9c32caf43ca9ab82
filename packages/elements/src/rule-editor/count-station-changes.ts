import { replay, type Lead, type SalesLineConfig } from '@sales-line/core';

/**
 * How many sample leads would land in another station under the edited config than under
 * the published one (core's `replay`); `null` when there is nothing to compare or it fails.
 */
export async function countStationChanges(
  published: SalesLineConfig | undefined,
  edited: SalesLineConfig | undefined,
  leads: readonly Lead[],
): Promise<number | null> {
  if (published === undefined || edited === undefined || leads.length === 0) return null;
  try {
    return (await replay(published, edited, leads, { examples: 0 })).changed.station;
  } catch {
    return null;
  }
}
