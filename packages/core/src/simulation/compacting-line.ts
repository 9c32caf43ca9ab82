import type { SalesLineConfig } from '../config/config-schema.ts';
import type { Rep } from '../line/lead.ts';
import { compactLineState } from './compact-line-state.ts';
import type { SimulationLine, SimulationLineFactory } from './simulation-line.ts';

/** Workdays between compactions: four weeks of finished leads are a few thousand records. */
export const COMPACT_EVERY_DAYS = 20;

/**
 * A line the simulation can compact: `compact()` rebuilds it from its own state without the
 * finished leads — terminal ones, and customers once onboarded, whom the simulation follows no
 * further — (a line that cannot show its state is left as it is). Every other call goes to the
 * current line.
 */
export function createCompactingLine(
  createLine: SimulationLineFactory,
  init: { config: SalesLineConfig; reps: Rep[]; clock: () => number },
  /** Stages the simulation is done with besides the terminal ones (onboarded customers). */
  finished: readonly string[] = [],
): SimulationLine & { compact(): void } {
  const terminal = new Set([...init.config.line.terminal, ...finished]);
  let current = createLine(init);
  const line: SimulationLine & { compact(): void } = {
    addLeads: (leads) => current.addLeads(leads),
    moveLead: (leadId, toStage) => current.moveLead(leadId, toStage),
    tick: async (now) => (current.tick === undefined ? [] : current.tick(now)),
    compact() {
      if (current.getState === undefined) return;
      const state = current.getState();
      const compacted = compactLineState(state, terminal);
      if (compacted !== state) current = createLine({ ...init, state: compacted });
    },
  };
  // Only a line that shows its state lets the simulation read real stages (and be compacted).
  if (current.getState !== undefined) line.getState = () => (current.getState as NonNullable<SimulationLine['getState']>)();
  if (current.getLead !== undefined) line.getLead = (leadId) => (current.getLead as NonNullable<SimulationLine['getLead']>)(leadId);
  return line;
}
