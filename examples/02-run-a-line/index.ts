// Run a sales line in memory: people, leads, a move along the board, a missed deadline,
// and the audit log that says what happened and why.
import { createSalesLine, type SalesLineConfigInput } from '@sales-line/core';

const config: SalesLineConfigInput = {
  version: 1,
  line: {
    stations: [
      { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'], queue: 'sdr-queue' },
      { id: 'hunter', name: 'Hunter', stages: ['meeting-held', 'proposal', 'hold-for-future-close'] },
    ],
    terminal: ['won', 'lost', 'disqualified'],
    transitions: [
      { from: 'new', to: 'contacted' },
      { from: 'contacted', to: 'meeting-set' },
      { from: 'meeting-set', to: 'meeting-held' },
      { from: 'meeting-held', to: 'proposal' },
    ],
    deadlines: [{ stage: 'new', within: 'PT5M', then: 'reroute' }],
  },
  routing: {
    rules: [],
    fallback: { station: 'lead-generation', strategy: 'round-robin' },
  },
};

// A fixed clock makes the run repeatable: same inputs and clock, same decisions.
let now = Date.UTC(2026, 0, 5, 9, 0, 0);
const line = createSalesLine(config, {
  clock: () => now,
  reps: [
    { id: 'ana', name: 'Ana Ruiz', station: 'lead-generation' },
    { id: 'ben', name: 'Ben Okafor', station: 'lead-generation' },
    { id: 'chloe', name: 'Chloé Martin', station: 'hunter' },
  ],
});

const added = await line.addLeads([
  { id: 'l1', name: 'Acme Payments', industry: 'fintech', employees: 1200 },
  { id: 'l2', name: 'Borealis Retail', industry: 'retail', employees: 80 },
  { id: 'l3', name: 'Cobalt Bank', industry: 'fintech', employees: 3000 },
]);
for (const decision of added) console.log(`${decision.leadId}: ${decision.explanation.text}`);

// Ana books a meeting for Acme; the hand-off to the Hunters routes it again.
await line.moveLead('l1', 'contacted', 'ana');
await line.moveLead('l1', 'meeting-set', 'ana');
const handoff = await line.moveLead('l1', 'meeting-held', 'ana');
console.log(handoff.ok ? `hand-off: ${handoff.decision?.explanation.text}` : handoff.reasons.join('; '));

// A move the line does not allow is refused with reasons, and nothing changes.
const refused = await line.moveLead('l2', 'proposal', 'ben');
console.log(refused.ok ? 'moved' : `refused: ${refused.reasons.join('; ')}`);

// Nobody touched Borealis and Cobalt within five minutes: their deadlines re-route them.
now += 6 * 60_000;
for (const decision of await line.tick()) console.log(`deadline: ${decision.explanation.text}`);

console.log('\nAudit log:');
for (const entry of line.audit()) {
  console.log(`${new Date(entry.at).toISOString()} ${entry.command.padEnd(9)} ${entry.actor ?? '-'}  ${entry.summary}`);
}
