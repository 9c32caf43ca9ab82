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
