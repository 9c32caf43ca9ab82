import type { CapacityModel, TeamFigures } from './capacity-model.ts';

const ROWS: [label: string, key: keyof TeamFigures, digits: number][] = [
  ['people', 'headcount', 0],
  ['leads worked / month', 'leadsWorked', 0],
  ['conversations / month', 'conversations', 0],
  ['meetings set / month', 'meetingsSet', 1],
  ['meetings held / month', 'meetingsHeld', 1],
  ['deals won / month', 'dealsWon', 1],
  ['deals parked (HFFC)', 'parkedDeals', 0],
  ['revenue / month', 'revenue', 0],
  ['same customers a year later', 'revenueYearTwo', 0],
  ['cost / month', 'cost', 0],
  ['cost per meeting held', 'costPerMeeting', 0],
  ['cost per won deal', 'costPerWonDeal', 0],
  ['profit / month', 'profit', 0],
];

/** The line beside the traditional team as a Markdown table, then each station's load. */
export function formatCapacityTable(model: CapacityModel): string {
  const n = (value: number, digits: number) =>
    Number.isFinite(value) ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : String(value);
  const lines = ['| | assembly line | traditional team | line ÷ traditional |', '|---|---:|---:|---:|'];
  for (const [label, key, digits] of ROWS) {
    const a = model.line[key] as number;
    const b = model.traditional[key] as number;
    lines.push(`| ${label} | ${n(a, digits)} | ${n(b, digits)} | ${b === 0 ? '—' : `${n(a / b, 2)}×`} |`);
  }
  lines.push(`| bottleneck | ${model.line.bottleneck} | ${model.traditional.bottleneck} | |`);
  lines.push('', '| station | people | unit | capacity / month | load / month | utilisation | leads / month at capacity |', '|---|---:|---|---:|---:|---:|---:|');
  for (const s of [...model.line.stations, ...model.traditional.stations]) {
    lines.push(
      `| ${s.station} | ${s.headcount} | ${s.unit} | ${n(s.capacity, 1)} | ${n(s.load, 1)} | ${n(s.utilisation * 100, 1)}% | ${n(s.leadCapacity, 0)} |`,
    );
  }
  return lines.join('\n');
}
