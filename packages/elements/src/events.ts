import type { Lead, PromotionReport, RoutingDecision, SalesLineConfig } from '@sales-line/core';

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

/** What every sales-line event shares: it bubbles, crosses shadow roots and carries a typed `detail`. */
abstract class SalesLineEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

/** An event a host cancels to refuse what it announces, optionally with a reason the element shows and announces. */
abstract class VetoableEvent<Detail> extends SalesLineEvent<Detail> {
  /** The reason given to `veto()`, if any. */
  reason: string | undefined;
  constructor(type: string, detail: Detail) {
    super(type, detail, true);
  }

  /** Cancels it and gives the user a reason. */
  veto(reason?: string): void {
    this.reason = reason;
    this.preventDefault();
  }
}

/**
 * Fired before a move is sent to core. Cancel it to veto the move: call `preventDefault()`,
 * or `veto(reason)` to have the board show and announce your reason.
 */
export class SalesLineBeforeMoveEvent extends VetoableEvent<MoveDetail> {
  static readonly type = 'sales-line-before-move';
  constructor(detail: MoveDetail) {
    super(SalesLineBeforeMoveEvent.type, detail);
  }
}

/** Fired after core committed a move the user made and the board re-rendered. */
export class SalesLineMoveEvent extends SalesLineEvent<MoveCommittedDetail> {
  static readonly type = 'sales-line-move';
  constructor(detail: MoveCommittedDetail) {
    super(SalesLineMoveEvent.type, detail);
  }
}

/** Fired when core refused a move the user made; `reasons` say why in plain language. A host veto fires no event. */
export class SalesLineMoveRejectedEvent extends SalesLineEvent<MoveRejectedDetail> {
  static readonly type = 'sales-line-move-rejected';
  constructor(detail: MoveRejectedDetail) {
    super(SalesLineMoveRejectedEvent.type, detail);
  }
}

/** Fired when the user selects a lead card (click, or Shift+Enter on a focused card). */
export class SalesLineSelectEvent extends SalesLineEvent<SelectDetail> {
  static readonly type = 'sales-line-select';
  constructor(detail: SelectDetail) {
    super(SalesLineSelectEvent.type, detail);
  }
}

export interface RepSelectDetail {
  repId: string;
  /** The rep's promotion report, as core produced it. */
  report: PromotionReport;
}

export interface SortDetail {
  /** The column sorted on: 'name' | 'value' | 'percentile'. */
  column: string;
  direction: 'ascending' | 'descending';
}

export interface ConfigDetail {
  /** The edited document, validated by core. */
  config: SalesLineConfig;
}

/** Fired when the user's edit (or undo/redo) leaves the rule editor with a valid document. Never for an invalid one. */
export class SalesLineConfigChangeEvent extends SalesLineEvent<ConfigDetail> {
  static readonly type = 'sales-line-config-change';
  constructor(detail: ConfigDetail) {
    super(SalesLineConfigChangeEvent.type, detail);
  }
}

/**
 * Fired when the user presses Publish on a valid document. Cancel it to refuse: call
 * `preventDefault()`, or `veto(reason)` to have the editor show your reason.
 */
export class SalesLinePublishEvent extends VetoableEvent<ConfigDetail> {
  static readonly type = 'sales-line-publish';
  constructor(detail: ConfigDetail) {
    super(SalesLinePublishEvent.type, detail);
  }
}

/** Fired when the user sorts a leaderboard by a column. */
export class SalesLineSortEvent extends SalesLineEvent<SortDetail> {
  static readonly type = 'sales-line-sort';
  constructor(detail: SortDetail) {
    super(SalesLineSortEvent.type, detail);
  }
}

/** Fired when the user selects a rep (a career path's rep button). */
export class SalesLineRepSelectEvent extends SalesLineEvent<RepSelectDetail> {
  static readonly type = 'sales-line-rep-select';
  constructor(detail: RepSelectDetail) {
    super(SalesLineRepSelectEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sales-line-config-change': SalesLineConfigChangeEvent;
    'sales-line-publish': SalesLinePublishEvent;
    'sales-line-rep-select': SalesLineRepSelectEvent;
    'sales-line-sort': SalesLineSortEvent;
    'sales-line-before-move': SalesLineBeforeMoveEvent;
    'sales-line-move': SalesLineMoveEvent;
    'sales-line-move-rejected': SalesLineMoveRejectedEvent;
    'sales-line-select': SalesLineSelectEvent;
  }
}
