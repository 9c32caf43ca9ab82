import type { CapacityFigure } from '../capacity/read-capacity.ts';

/** Every visible string of `<sales-line-capacity>`; numbers and money arrive already formatted. */
export interface CapacityStrings {
  errorTitle: string;
  empty: string;
  malformed: (detail: string) => string;
  comparisonTitle: string;
  /** "per month" for the capacity model, "over 90 days, 200 runs" for a simulation. */
  period: (days: string | null, runs: string | null) => string;
  line: string;
  traditional: string;
  figure: (figure: CapacityFigure) => string;
  band: (p10: string, p90: string) => string;
  bandHeader: string;
  utilisationTitle: string;
  stationName: (stationId: string) => string;
  stationLabel: (station: string, headcount: string) => string;
  utilisation: (percent: string) => string;
  bottleneckMark: string;
  bottleneck: (station: string, percent: string) => string;
  leadSupply: string;
  station: string;
  headcount: string;
  utilisationHeader: string;
  figureHeader: string;
  noTraditional: string;
  comparisonDesc: (summary: string) => string;
}

const figures: Record<CapacityFigure, string> = {
  leadsWorked: 'Leads handled',
  meetingsHeld: 'Meetings held',
  dealsWon: 'Deals won',
  costPerWonDeal: 'Cost per deal',
  profit: 'Profit',
};
const humanize = (id: string) => (id === 'generalist' ? 'Generalists (traditional)' : id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' '));

export const defaultCapacityStrings: CapacityStrings = {
  errorTitle: 'This capacity result cannot be shown',
  empty: 'No capacity model or simulation to show.',
  malformed: (detail) => `The capacity result is malformed: ${detail}`,
  comparisonTitle: 'Assembly line vs traditional team',
  period: (days, runs) => (days === null ? 'per month, steady state' : `over ${days} days${runs === null ? '' : `, ${runs} runs (bands: 10th–90th percentile)`}`),
  line: 'Assembly line',
  traditional: 'Traditional',
  figure: (figure) => figures[figure],
  band: (p10, p90) => `${p10} to ${p90}`,
  bandHeader: '10th–90th percentile',
  utilisationTitle: 'Utilisation per station',
  stationName: humanize,
  stationLabel: (station, headcount) => `${station} (${headcount})`,
  utilisation: (percent) => `${percent} utilised`,
  bottleneckMark: 'bottleneck',
  bottleneck: (station, percent) => `Bottleneck: ${station}, ${percent} utilised.`,
  leadSupply: 'No station is full: the supply of leads limits the line.',
  station: 'Station',
  headcount: 'Headcount',
  utilisationHeader: 'Utilisation',
  figureHeader: 'Figure',
  noTraditional: '—',
  comparisonDesc: (summary) => summary,
};
