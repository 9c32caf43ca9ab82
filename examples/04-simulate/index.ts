import { capacityModel, formatCapacityTable, formatSensitivityTable, sensitivity, type ScenarioInput } from '@sales-line/core';

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
