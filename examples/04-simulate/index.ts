import { capacityModel, formatCapacityTable, formatSensitivityTable, sensitivity } from '@sales-line/core/simulation';
import { presets, replay, simulate, type Lead, type SalesLineConfig, type ScenarioInput } from '@sales-line/core';

// A scenario is any subset of the parameters; the rest are the documented defaults.
const scenario: ScenarioInput = {
  name: 'Ten SDRs, four Hunters',
  leads: { inboundPerMonth: 200 },
  line: { 'customer-management': { headcount: 4 } },
};

console.log(`# ${scenario.name}: the assembly line beside a traditional team (per month)\n`);
const model = capacityModel(scenario);
console.log(formatCapacityTable(model));
console.log(`\nOne Hunter holds the meetings of ${model.closerCapacityRatio.toFixed(1)} generalists; the bottleneck is ${model.line.bottleneck}.\n`);

console.log('# How the meetings-held ratio moves with the 7× factors\n');
const rows = sensitivity(scenario, ['specialist.shareOfTimeClosing', 'generalist.shareOfTimeSelling', 'generalist.taskSwitchingOverhead', 'line.lead-generation.headcount']);
console.log(formatSensitivityTable(rows, 'meetingsHeld'));

// A seeded quarter of the line, every lead routed by the real line, beside the traditional team.
const quarter = await simulate(scenario, { seed: 2026, days: 63 });
console.log(`\n# A simulated quarter (seed 2026, ${quarter.days} workdays)\n`);
console.log('| | assembly line | traditional team |\n|---|---:|---:|');
for (const key of ['leadsWorked', 'meetingsSet', 'meetingsHeld', 'noShows', 'dealsWon', 'revenue', 'cost', 'profit'] as const) {
  console.log(`| ${key} | ${Math.round(quarter.totals[key]).toLocaleString('en-US')} | ${Math.round(quarter.traditional?.totals[key] ?? 0).toLocaleString('en-US')} |`);
}
for (const station of quarter.stations) {
  console.log(`${station.station}: ${(station.utilisation * 100).toFixed(0)}% busy, ${station.queue.final} waiting at the end`);
}
console.log(`Bottleneck: ${quarter.bottleneck}. Deals decide after a ${scenario.cycleDays ?? 60}-day cycle, so a quarter shows few wins yet.`);

// What-if: a draft that sends enterprise inbound leads straight to the Hunters.
const draft = structuredClone(presets.assemblyLine) as SalesLineConfig;
draft.routing.rules.push({
  name: 'enterprise-inbound-to-hunters',
  priority: 55,
  conditions: { all: [{ condition: 'isInbound' }, { condition: 'isEnterprise' }] },
  event: { type: 'route', params: { station: 'hunter', stage: 'meeting-held', strategy: 'least-loaded' } },
});
const sources = ['inbound', 'web-form', 'outbound', 'referral'];
const leads: Lead[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `lead-${i}`,
  name: `Lead ${i}`,
  source: sources[i % sources.length],
  employees: (i * 97) % 2_000,
  industry: i % 3 === 0 ? 'fintech' : 'retail',
}));
const diff = await replay(presets.assemblyLine, draft, leads, { examples: 1 });
console.log(`\n# Replay of ${diff.total.toLocaleString('en-US')} leads: reference line → draft\n`);
console.log(`${diff.changedLeads.toLocaleString('en-US')} leads change (station ${diff.changed.station}, stage ${diff.changed.stage}, rule ${diff.changed.rule}).`);
for (const [station, count] of Object.entries(diff.stations)) console.log(`  ${station}: ${count.before} → ${count.after} (${count.delta >= 0 ? '+' : ''}${count.delta})`);
const [example] = diff.examples;
if (example !== undefined) {
  console.log(`\nFor example ${example.leadId}:\n  before: ${example.before.explanation.text}\n  after:  ${example.after.explanation.text}`);
}
