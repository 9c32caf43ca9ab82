import type { Lead } from '@sales-line/core';

export type MoveSource = 'pointer' | 'keyboard' | 'menu';

export interface MoveDetail {
  lead: Lead;
  leadId: string;
  from: string;
  to: string;
  source: MoveSource;
}

const init = { bubbles: true, composed: true } as const;

/** Fired before a move is sent to core. Cancel it (`preventDefault()`) to veto the move. */
export class SalesLineBeforeMoveEvent extends Event {
  static readonly type = 'sales-line-before-move';
  readonly detail: MoveDetail;
  constructor(detail: MoveDetail) {
    super(SalesLineBeforeMoveEvent.type, { ...init, cancelable: true });
    this.detail = detail;
  }
}

/** Fired after core committed a move and the board re-rendered. */
export class SalesLineMoveEvent extends Event {
  static readonly type = 'sales-line-move';
  readonly detail: MoveDetail & { decision?: unknown };
  constructor(detail: MoveDetail & { decision?: unknown }) {
    super(SalesLineMoveEvent.type, init);
    this.detail = detail;
  }
}

/** Fired when core (or the host) refused a move; `reasons` say why in plain language. */
export class SalesLineMoveRejectedEvent extends Event {
  static readonly type = 'sales-line-move-rejected';
  readonly detail: MoveDetail & { reasons: string[] };
  constructor(detail: MoveDetail & { reasons: string[] }) {
    super(SalesLineMoveRejectedEvent.type, init);
    this.detail = detail;
  }
}

/** Fired when the user selects a lead card. */
export class SalesLineSelectEvent extends Event {
  static readonly type = 'sales-line-select';
  readonly detail: { leadId: string; lead: Lead };
  constructor(detail: { leadId: string; lead: Lead }) {
    super(SalesLineSelectEvent.type, init);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sales-line-before-move': SalesLineBeforeMoveEvent;
    'sales-line-move': SalesLineMoveEvent;
    'sales-line-move-rejected': SalesLineMoveRejectedEvent;
    'sales-line-select': SalesLineSelectEvent;
  }
}
