// Routes a few leads with the rules in sales-line.json and prints each decision and why.
// Run: pnpm --filter @sales-line/example-01-route-a-lead start
import { readFileSync } from 'node:fs';
import { route, type Lead, type RoutingDecision } from '@sales-line/core';

const config: unknown = JSON.parse(readFileSync(new URL('./sales-line.json', import.meta.url), 'utf8'));

const leads: Lead[] = [
  { id: 'acme', name: 'Acme Payments', industry: 'fintech', employees: 1200, source: 'web' },
  { id: 'globex', name: 'Globex Retail', industry: 'retail', employees: 40, source: 'web', score: 91 },
  { id: 'initech', name: 'Initech', industry: 'retail', employees: 40, source: 'event', company: { size: 12000 } },
  { id: 'umbrella', name: 'Umbrella Corp', industry: 'healthcare', customer: true },
  { id: 'hooli', name: 'Hooli', industry: 'retail', employees: 40 },
];

function show(lead: Lead, decision: RoutingDecision): void {
  const where = decision.queue === null ? decision.station : `${decision.station} / queue ${decision.queue}`;
  console.log(`${lead.name} → ${where} (stage ${decision.stage})`);
  console.log(`  ${decision.explanation.text}\n`);
}

for (const lead of leads) {
  // `route` validates and compiles the config once (cached per config object), so a loop is cheap.
  show(lead, await route(config, lead, { trigger: 'enter' }));
}
