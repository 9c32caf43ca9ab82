/**
 * Every visible string and announcement of `<sales-line-board>`. Hosts override any subset
 * through `board.strings`; numbers, money and dates arrive already formatted with `Intl`
 * in the element's `lang`.
 */
export interface BoardStrings {
  boardLabel: string;
  loading: string;
  noConfig: string;
  empty: string;
  emptyFiltered: string;
  emptyColumn: string;
  errorTitle: string;
  malformedConfig: (detail: string) => string;
  malformedLeads: (detail: string) => string;
  /** The `line` property is not a usable line (not an object with getState/subscribe/moveLead, or getState threw). */
  malformedLine: (detail: string) => string;
  filterText: string;
  filterOwner: string;
  allOwners: string;
  unassigned: string;
  stageName: (stageId: string) => string;
  /** Column count; `limit` is the formatted total WIP limit when there is one. */
  count: (count: string, limit?: string) => string;
  /** `n` is the raw count, for plurals. */
  countLabel: (count: string, limit: string | undefined, n: number) => string;
  overLimit: string;
  perRepLimit: (limit: string) => string;
  overLimitFor: (names: string) => string;
  laneSummary: (count: string, n: number) => string;
  /** The lane of terminal stages (lost, disqualified, …). */
  terminalLane: string;
  shownCount: (shown: string, total: string) => string;
  moveButton: string;
  moveButtonLabel: (lead: string) => string;
  moveMenuLabel: (lead: string) => string;
  currentStage: string;
  notAllowed: string;
  ownerLabel: string;
  valueLabel: string;
  ageInStage: (duration: string) => string;
  dueIn: (relative: string) => string;
  dueSoon: string;
  overdue: string;
  dragInstructions: string;
  dropHere: string;
  lifted: (lead: string, stage: string, position: string, total: string) => string;
  over: (lead: string, stage: string, station: string) => string;
  moved: (lead: string, stage: string, station: string, position: string, total: string) => string;
  cancelled: (lead: string, stage: string) => string;
  refused: (lead: string, stage: string, reasons: string) => string;
  vetoed: (lead: string, stage: string, reason?: string) => string;
  handedOff: (lead: string, station: string, owner: string) => string;
  queued: (lead: string, station: string, queue: string) => string;
  why: (explanation: string) => string;
  /** The reason given when the line's answer to a move says neither that it made it nor why not. */
  noAnswer: string;
  dismiss: string;
  readOnly: string;
}

/** Stage ids are kebab-case ("hold-for-future-close"); shown as "Hold for future close". */
function humanize(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const defaultBoardStrings: BoardStrings = {
  boardLabel: 'Lead board',
  loading: 'Loading leads…',
  noConfig: 'No line configured.',
  empty: 'No leads yet.',
  emptyFiltered: 'No leads match the filter.',
  emptyColumn: 'No leads',
  errorTitle: 'The board cannot show this data',
  malformedConfig: (detail) => `The line's config is malformed: ${detail}`,
  malformedLeads: (detail) => `The leads are malformed: ${detail}`,
  malformedLine: (detail) => `The line cannot be used: ${detail}`,
  filterText: 'Filter leads',
  filterOwner: 'Owner',
  allOwners: 'All owners',
  unassigned: 'Unassigned',
  stageName: humanize,
  count: (count, limit) => (limit === undefined ? count : `${count} / ${limit}`),
  countLabel: (count, limit, n) => `${count} ${n === 1 ? 'lead' : 'leads'}${limit === undefined ? '' : `, limit ${limit}`}`,
  overLimit: 'Over limit',
  perRepLimit: (limit) => `Max ${limit} per rep`,
  overLimitFor: (names) => `Over limit: ${names}`,
  laneSummary: (count, n) => `${count} ${n === 1 ? 'lead' : 'leads'}`,
  terminalLane: 'Closed',
  shownCount: (shown, total) => `${shown} of ${total} leads shown`,
  moveButton: 'Move…',
  moveButtonLabel: (lead) => `Move lead ${lead} to…`,
  moveMenuLabel: (lead) => `Move ${lead} to`,
  currentStage: 'current stage',
  notAllowed: 'not allowed from here',
  ownerLabel: 'Owner',
  valueLabel: 'Value',
  ageInStage: (duration) => `${duration} in stage`,
  dueIn: (relative) => `Due ${relative}`,
  dueSoon: 'Due soon',
  overdue: 'Overdue',
  dragInstructions:
    'Press Space or Enter to pick up the lead, arrow keys to choose a stage, Space or Enter to drop, Escape to cancel. Shift+Enter selects it. The Move button offers the same moves.',
  dropHere: 'Drop here',
  lifted: (lead, stage, position, total) => `Picked up ${lead} in ${stage}, position ${position} of ${total}. Use the arrow keys to choose a stage.`,
  over: (lead, stage, station) => `${lead} over ${stage} in ${station}.`,
  moved: (lead, stage, station, position, total) => `${lead} moved to ${stage} in ${station}, position ${position} of ${total}.`,
  cancelled: (lead, stage) => `Move cancelled. ${lead} stays in ${stage}.`,
  refused: (lead, stage, reasons) => `${lead} cannot move to ${stage}: ${reasons}`,
  vetoed: (lead, stage, reason) => `${lead} was not moved to ${stage}${reason ? `: ${reason}` : '.'}`,
  handedOff: (lead, station, owner) => `${lead} handed off to ${station}, assigned to ${owner}.`,
  queued: (lead, station, queue) => `${lead} handed off to ${station}, waiting in queue ${queue}.`,
  why: (explanation) => `Why: ${explanation}`,
  noAnswer: 'The line did not say whether it made the move.',
  dismiss: 'Dismiss',
  readOnly: 'Read-only board',
};
