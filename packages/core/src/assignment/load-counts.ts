/** What assignment counts of open leads: per rep, per rep and stage, and per stage. */
export interface LoadCounts {
  openLeads(repId: string): number;
  inStage(repId: string, stage: string): number;
  stageTotal(stage: string): number;
  /** An open lead in `stage` (owned by `ownerId`, or by nobody) arrives (`by` 1) or leaves (`by` -1). */
  add(ownerId: string | null, stage: string, by: number): void;
}

export function createLoadCounts(): LoadCounts {
  const open = new Map<string, number>();
  const byStage = new Map<string, number>();
  const stageTotals = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string, by: number) => map.set(key, (map.get(key) ?? 0) + by);
  return {
    openLeads: (repId) => open.get(repId) ?? 0,
    inStage: (repId, stage) => byStage.get(`${repId}\u0000${stage}`) ?? 0,
    stageTotal: (stage) => stageTotals.get(stage) ?? 0,
    add(ownerId, stage, by) {
      bump(stageTotals, stage, by);
      if (ownerId === null) return;
      bump(open, ownerId, by);
      bump(byStage, `${ownerId}\u0000${stage}`, by);
    },
  };
}
