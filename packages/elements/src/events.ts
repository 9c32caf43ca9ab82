import type { Lead, RoutingDecision } from '@sales-line/core';

/** How the user asked for a move: dragging with a pointer, the keyboard, or a card's "Move to…" menu. */
export type MoveSource = 'pointer' | 'keyboard' | 'menu';

export interface MoveDetail {
  /** The lead as the host handed it in. */
  lead: Lead;
  leadId: string;
  /** The stage the lead is in. */
  from: string;
  /** The stage the user asked for. */
  to: string;
  source: MoveSource;
}

export interface MoveCommittedDetail extends MoveDetail {
  /** Present when the move handed the lead to another station or person: who, and why. */
  decision?: RoutingDecision;
}

export interface MoveRejectedDetail extends MoveDetail {
  /** Why the line refused the move, in plain language. */
  reasons: string[];
}

export interface SelectDetail {
  leadId: string;
  lead: Lead;
}

const init = { bubbles: true, composed: true } as const;

/**
 * Fired before a move is sent to core. Cancel it to veto the move: call `preventDefault()`,
 * or `veto(reason)` to have the board show and announce your reason.
 */
export class SalesLineBeforeMoveEvent extends Event {
  static readonly type = 'sales-line-before-move';
  readonly detail: MoveDetail;
  /** The reason given to `veto()`, if any. */
  reason: string | undefined;
  constructor(detail: MoveDetail) {
    super(SalesLineBeforeMoveEvent.type, { ...init, cancelable: true });
    this.detail = detail;
  }

  /** Cancels the move and gives the user a reason. */
  veto(reason?: string): void {
    this.reason = reason;
    this.preventDefault();
  }
}

/** Fired after core committed a move the user made and the board re-rendered. */
export class SalesLineMoveEvent extends Event {
  static readonly type = 'sales-line-move';
  readonly detail: MoveCommittedDetail;
  constructor(detail: MoveCommittedDetail) {
    super(SalesLineMoveEvent.type, init);
    this.detail = detail;
  }
}

/** Fired when core refused a move the user made; `reasons` say why in plain language. A host veto fires no event. */
export class SalesLineMoveRejectedEvent extends Event {
  static readonly type = 'sales-line-move-rejected';
  readonly detail: MoveRejectedDetail;
  constructor(detail: MoveRejectedDetail) {
    super(SalesLineMoveRejectedEvent.type, init);
    this.detail = detail;
  }
}

/** Fired when the user selects a lead card (click, or Shift+Enter on a focused card). */
export class SalesLineSelectEvent extends Event {
  static readonly type = 'sales-line-select';
  readonly detail: SelectDetail;
  constructor(detail: SelectDetail) {
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
