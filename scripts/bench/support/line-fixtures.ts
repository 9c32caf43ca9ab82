import type { Lead, Rep } from '../../../packages/core/src/index.ts';

/** Twenty reps over the assembly-line preset's stations, as a small sales team staffs them. */
export function assemblyLineReps(): Rep[] {
  const staff: [station: string, count: number, extra?: Partial<Rep>][] = [
    ['lead-management', 2],
    ['lead-generation', 10],
    ['hunter', 3],
    ['hunter', 1, { team: 'fintech' }],
    ['customer-management', 2],
    ['business-development', 2],
  ];
  return staff.flatMap(([station, count, extra], group) =>
    Array.from({ length: count }, (_, i) => ({ id: `${station}-${group}-${i}`, name: `${station} ${group}-${i}`, station, ...extra })),
  );
}

/** New leads of the kinds the preset's rules look at: sources, industries, sizes, values. */
export function assemblyLineLeads(count: number, prefix = 'lead'): Lead[] {
  const sources = ['web', 'chat', 'demo-request', 'import', 'referral', 'event'];
  const industries = ['fintech', 'saas', 'retail', 'healthcare'];
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    name: `Lead ${i}`,
    source: sources[i % sources.length],
    industry: industries[(i * 7) % industries.length],
    employees: (i * 37) % 5000,
    value: (i * 101) % 300_000,
  }));
}
