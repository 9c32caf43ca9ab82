import type { LineState, MoveResult, SalesLineConfig } from '@sales-line/core';

/**
 * What the board needs from a running line: the narrow, structural slice of `SalesLine`
 * (`createSalesLine()` in core). Any object with this shape works, so hosts can wrap or
 * proxy a line (for example one running in a worker or behind an API).
 */
export interface BoardLine {
  getState(): LineState;
  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  subscribe(listener: (state: LineState) => void): () => void;
  moveLead(leadId: string, toStage: string, by?: string): Promise<MoveResult>;
  /** The line's running config; read on every change, so a hot swap re-renders the board. */
  getConfig?(): SalesLineConfig;
  readonly config?: SalesLineConfig;
  /** The line's clock (epoch ms); the board ages deadlines with it unless `board.now` is set. */
  readonly clock?: () => number;
}

/** The config a line runs, whichever way it exposes it. */
export function configOfLine(line: BoardLine): SalesLineConfig | undefined {
  return line.getConfig?.() ?? line.config;
}

const LINE_METHODS = ['getState', 'subscribe', 'moveLead'] as const;

/** Why `value` cannot be used as a line (a host handed in a config, a promise, …), or undefined when it can. */
export function lineProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'line must be an object';
  const missing = LINE_METHODS.filter((name) => typeof (value as Record<string, unknown>)[name] !== 'function').map((name) => `${name}()`);
  if (missing.length === 0) return undefined;
  return `line needs ${missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`}`;
}
