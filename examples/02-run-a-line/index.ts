// Run the reference sales assembly line in memory: people, leads routed by the preset's
// rules, a hand-off to a Hunter, a move refused by its guard, a missed deadline, and the
// audit log that says what happened and why.
import { createSalesLine, presets } from '@sales-line/core';

// A fixed clock makes the run repeatable: same inputs and clock, same decisions.
let now = Date.UTC(2026, 0, 5, 9, 0, 0);
const line = createSalesLine(presets.assemblyLine, {
  clock: () => now,
  reps: [
    { id: 'ana', name: 'Ana Ruiz', station: 'lead-generation' },
    { id: 'ben', name: 'Ben Okafor', station: 'lead-generation' },
    { id: 'chloe', name: 'Chloé Martin', station: 'hunter', team: 'fintech' },
    { id: 'dev', name: 'Dev Patel', station: 'hunter', team: 'retail' },
    { id: 'eva', name: 'Eva Lind', station: 'customer-management' },
  ],
});

const added = await line.addLeads([
  { id: 'l1', name: 'Acme Payments', source: 'inbound', industry: 'fintech', employees: 1200 },
  { id: 'l2', name: 'Borealis Retail', source: 'inbound', industry: 'retail', employees: 80 },
  { id: 'l3', name: 'Cobalt Bank', source: 'inbound', industry: 'fintech', employees: 3000 },
]);
for (const decision of added) console.log(`${decision.leadId}: ${decision.explanation.text}\n`);

// Ana books a meeting for Acme; the hand-off routes it again, to the fintech Hunters.
await line.moveLead('l1', 'contacted', 'ana');
await line.moveLead('l1', 'meeting-set', 'ana');
const handoff = await line.moveLead('l1', 'meeting-held', 'ana');
console.log(handoff.ok ? `hand-off: ${handoff.decision?.explanation.text}\n` : handoff.reasons.join('; '));

// A proposal needs a deal value (a guard on the transition): refused, and nothing changes.
const refused = await line.moveLead('l1', 'proposal', 'chloe');
console.log(refused.ok ? 'moved' : `refused: ${refused.reasons.join('; ')}\n`);

// Nobody called Borealis or Cobalt within five minutes: their deadlines re-route them,
// never back to the SDR who let them lapse.
now += 6 * 60_000;
for (const decision of await line.tick()) console.log(`deadline: ${decision.explanation.text}\n`);

console.log('Audit log:');
for (const entry of line.audit()) {
  console.log(`${new Date(entry.at).toISOString()}  ${entry.command.padEnd(9)} ${(entry.actor ?? '-').padEnd(6)} ${entry.summary}`);
}
