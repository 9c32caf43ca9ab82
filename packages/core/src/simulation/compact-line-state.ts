import type { LineState } from '../state/line-state.ts';

/**
 * The state without its finished leads (those in a terminal stage), so a simulated year does
 * not make every command pay for every lead ever seen. The fairness ledger stays whole: a
 * dropped lead's rotation credits become join credits (`ledger = ledgerJoins + credits`).
 * Leads that carry an account or a company e-mail (which sticky routing looks up) are kept.
 */
export function compactLineState(state: LineState, terminal: ReadonlySet<string>): LineState {
  const leads: LineState['leads'] = {};
  const dropped = new Set<string>();
  const ledgerJoins: LineState['ledgerJoins'] = Object.fromEntries(Object.entries(state.ledgerJoins).map(([pool, reps]) => [pool, { ...reps }]));
  for (const [id, record] of Object.entries(state.leads)) {
    const sticky = record.lead.accountId !== undefined || record.lead['email'] !== undefined || record.lead['domain'] !== undefined;
    if (!terminal.has(record.stage) || sticky) {
      leads[id] = record;
      continue;
    }
    dropped.add(id);
    for (const credit of record.rotationCredits) {
      const pool = (ledgerJoins[credit.pool] ??= {});
      pool[credit.repId] = (pool[credit.repId] ?? 0) + 1;
    }
  }
  if (dropped.size === 0) return state;
  const queues = Object.fromEntries(Object.entries(state.queues).map(([queue, ids]) => [queue, ids.filter((id) => !dropped.has(id))]));
  return { ...state, leads, queues, ledgerJoins };
}
