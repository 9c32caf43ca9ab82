/** Every visible string of `<sales-line-career-path>`; numbers arrive already formatted. */
export interface CareerPathStrings {
  pathLabel: string;
  errorTitle: string;
  empty: string;
  malformed: (detail: string) => string;
  /** The `config` property is malformed where the path reads it. */
  malformedConfig: (detail: string) => string;
  stationName: (stationId: string) => string;
  stepCount: (count: string, n: number) => string;
  noReps: string;
  eligibleFor: (next: string) => string;
  notYetEligible: (next: string) => string;
  endOfPath: string;
  forbiddenStep: string;
  offPath: string;
  /** A rep whose station is not on the path (e.g. lead management): no next step, not "the end" of it. */
  offPathRep: string;
  next: (station: string) => string;
  forbidden: (from: string, to: string, reason: string) => string;
  detailsHeading: (name: string) => string;
  selectHint: string;
  criterion: string;
  actual: string;
  required: string;
  result: string;
  met: string;
  missing: string;
  noCriteria: string;
  rule: (name: string) => string;
  stillMissing: string;
}

/** Station ids are kebab-case ("lead-generation"); shown as "Lead generation". */
const humanize = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ');

export const defaultCareerPathStrings: CareerPathStrings = {
  pathLabel: 'Career path',
  errorTitle: 'The career path cannot be shown',
  empty: 'No promotion reports to show.',
  malformed: (detail) => `The promotion reports are malformed: ${detail}`,
  malformedConfig: (detail) => `The config is malformed: ${detail}`,
  stationName: humanize,
  stepCount: (count, n) => `${count} ${n === 1 ? 'rep' : 'reps'}`,
  noReps: 'No reps at this step.',
  eligibleFor: (next) => `eligible for ${next}`,
  notYetEligible: (next) => `not yet eligible for ${next}`,
  endOfPath: 'end of the path',
  forbiddenStep: 'forbidden jump',
  offPath: 'Not on the path',
  offPathRep: 'no step on this path',
  next: (station) => `Next: ${station}`,
  forbidden: (from, to, reason) => `Forbidden: ${from} → ${to} directly. ${reason}`,
  detailsHeading: (name) => `${name}: promotion criteria`,
  selectHint: 'Select a rep to see their criteria.',
  criterion: 'Criterion',
  actual: 'Actual',
  required: 'Required',
  result: 'Result',
  met: '✓ met',
  missing: '✗ missing',
  noCriteria: 'No conditions are set for this step.',
  rule: (name) => `Rule: ${name}`,
  stillMissing: 'Still missing',
};
