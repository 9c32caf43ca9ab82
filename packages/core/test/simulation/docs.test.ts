import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { capacityModel, type CapacityModel } from '../../src/simulation/capacity-model.ts';
import { formatCapacityTable } from '../../src/simulation/format-capacity-table.ts';
import { formatSensitivityTable, sensitivity } from '../../src/simulation/sensitivity.ts';
import { defaultScenario } from '../../src/simulation/validate-scenario.ts';

const docsPath = new URL('../../../../docs/simulation.md', import.meta.url);

/** Each generated block of the guide, rendered from the defaults. */
function blocks(): Record<string, string> {
  const rows = sensitivity(defaultScenario());
  return {
    capacity: formatCapacityTable(capacityModel(defaultScenario())),
    'sensitivity meetingsHeld': formatSensitivityTable(rows, 'meetingsHeld'),
    'sensitivity profit': formatSensitivityTable(rows, 'profit' satisfies keyof CapacityModel['ratios']),
  };
}

function render(doc: string): string {
  let out = doc;
  for (const [name, body] of Object.entries(blocks())) {
    const open = `<!-- generated:${name} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf('<!-- /generated -->', start);
    if (start < 0 || end < 0) throw new Error(`docs/simulation.md lacks the block ${open}`);
    out = `${out.slice(0, start + open.length)}\n${body}\n${out.slice(end)}`;
  }
  return out;
}

describe('docs/simulation.md', () => {
  // UPDATE_DOCS=1 rewrites the generated tables; otherwise the test fails when they drift.
  it('shows the tables the model computes from the defaults', () => {
    const doc = readFileSync(docsPath, 'utf8');
    const expected = render(doc);
    if (process.env['UPDATE_DOCS'] === '1') writeFileSync(docsPath, expected);
    else expect(doc).toBe(expected);
  });
});
