import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { mergeStrings } from '../i18n/merge-strings.ts';
import { orDefault, positiveNumberOr } from '../attribute-fallback.ts';
import type { Lead, Rep, SalesLineConfig } from '@sales-line/core';
import { boardStyles } from './board.styles.ts';
import { lineProblem, type BoardLine } from './board-line.ts';
import type { BoardModel, CardData } from './board-model.ts';
import { BoardData } from './board-data.ts';
import type { BoardConfig } from './read-board-input.ts';
import { renderColumn, type ColumnContext } from './column-template.ts';
import { renderNotice, renderToolbar, type Notice } from './board-chrome.ts';
import { cancelLift, onCardKeydown } from './keyboard-moves.ts';
import { commitMove } from './commit-move.ts';
import { defaultBoardStrings, type BoardStrings } from '../i18n/board-strings.ts';
import { LocalizedElement } from '../i18n/localized-element.ts';
import { LineController } from '../controllers/line-controller.ts';
import { CardFocusController } from '../controllers/card-focus-controller.ts';
import { AnnouncerController } from '../controllers/announcer-controller.ts';
import { ClockController } from '../controllers/clock-controller.ts';
import { PointerDragController } from '../controllers/pointer-drag-controller.ts';
import { MoveMenuController } from '../controllers/move-menu-controller.ts';
import { SalesLineSelectEvent, type MoveSource } from '../events.ts';

const CARD_GAP_PX = 8;
const DEFAULT_VIEWPORT_PX = 420;
const CLOCK_INTERVAL_MS = 30_000;

interface Lifted {
  id: string;
  from: string;
  target: string;
}

/**
 * The lead-stage board: one swimlane per station, one column per stage, one card per lead.
 * Moves by pointer drag, keyboard or each card's "Move to…" menu; every move is validated by
 * the line (core), and refusals are shown and announced with the rule's reason.
 *
 * @tagname sales-line-board
 * @summary A lead-stage board for a sales assembly line, with the line's rules enforced.
 *
 * @event {SalesLineBeforeMoveEvent} sales-line-before-move - Before a user's move reaches the line. Cancelable: `preventDefault()` or `veto(reason)` keeps the lead where it is.
 * @event {SalesLineMoveEvent} sales-line-move - After the line committed a user's move and the board re-rendered. `detail.decision` tells who the lead was handed to and why.
 * @event {SalesLineMoveRejectedEvent} sales-line-move-rejected - When the line refused a user's move; `detail.reasons` say why.
 * @event {SalesLineSelectEvent} sales-line-select - When the user selects a card (click, or Shift+Enter).
 *
 * @slot announcer - Filled by the board itself with its polite live region (light DOM); leave it alone.
 *
 * @csspart board - The board's root.
 * @csspart toolbar - The filter bar.
 * @csspart filter-input - The text filter.
 * @csspart read-only - The "Read-only board" note when there is no line.
 * @csspart owner-select - The owner filter.
 * @csspart notice - The last refusal or hand-off, with its reason.
 * @csspart notice-why - The explanation of a hand-off.
 * @csspart swimlane - A station's row.
 * @csspart swimlane-toggle - The button that collapses a swimlane.
 * @csspart column - A stage's column; also `column-over-limit` and `drop-target` while those apply.
 * @csspart column-header - A column's title and count.
 * @csspart column-count - The count (and WIP limit).
 * @csspart wip-badge - The over-limit badge.
 * @csspart wip-per-rep - The per-rep limit.
 * @csspart drop-hint - "Drop here" on the target column.
 * @csspart column-body - The scrolling list of cards.
 * @csspart column-empty - A column's empty text.
 * @csspart card - A lead card; also `card-lifted`, `card-dragging`, `card-snap-back`, `card-busy`.
 * @csspart card-name - The lead's name.
 * @csspart card-company - The lead's company.
 * @csspart card-owner - The owner's name (or "Unassigned").
 * @csspart card-value - The lead's value, as money.
 * @csspart card-age - How long the lead has been in its stage.
 * @csspart deadline - The deadline badge; also `deadline-on-time`, `deadline-due-soon`, `deadline-overdue`.
 * @csspart card-move-button - The card's "Move…" button.
 * @csspart move-menu - The "Move to…" menu.
 * @csspart move-menu-item - One stage in it.
 * @csspart drag-ghost - The copy of a card under the pointer while dragging.
 * @csspart empty - The board's empty text.
 * @csspart loading - The loading text.
 * @csspart error - The error state.
 *
 * @cssproperty --sales-line-font - Font shorthand.
 * @cssproperty --sales-line-space - Base spacing.
 * @cssproperty --sales-line-radius - Corner radius.
 * @cssproperty --sales-line-color-text - Text colour.
 * @cssproperty --sales-line-color-muted - Secondary text.
 * @cssproperty --sales-line-color-surface - Board background.
 * @cssproperty --sales-line-color-column - Column background.
 * @cssproperty --sales-line-color-card - Card background.
 * @cssproperty --sales-line-color-border - Borders.
 * @cssproperty --sales-line-color-accent - Focus ring, drop target and buttons.
 * @cssproperty --sales-line-color-danger - Over-limit, overdue and refusals.
 * @cssproperty --sales-line-color-warning - Due-soon badges.
 * @cssproperty --sales-line-column-width - Width of a stage column.
 * @cssproperty --sales-line-column-height - Most height a column takes before it scrolls.
 * @cssproperty --sales-line-shadow - Shadow of a lifted or dragged card.
 */
export class SalesLineBoard extends LocalizedElement {
  static override styles = boardStyles;

  /** A running line (`createSalesLine()` from core, or anything shaped like `BoardLine`). The board follows its changes live and sends moves to it. */
  @property({ attribute: false }) accessor line: BoardLine | undefined;

  /** The line's config. With `line` it overrides the line's own; without, it makes a read-only board with `leads` and `reps`. */
  @property({ attribute: false }) accessor config: SalesLineConfig | undefined;

  /** Read-only leads (when there is no `line`), each placed in the column of its `stage`. */
  @property({ attribute: false }) accessor leads: readonly Lead[] = [];

  /** Read-only reps (when there is no `line`), for owner names. */
  @property({ attribute: false }) accessor reps: readonly Rep[] = [];

  /** The clock (epoch ms) that ages cards and deadlines; defaults to the line's clock, then `Date.now`. */
  @property({ attribute: false }) accessor now: (() => number) | undefined;

  /** Overrides for any visible string or announcement. */
  @property({ attribute: false }) accessor strings: Partial<BoardStrings> = {};

  /** Ids of the stations whose swimlanes are collapsed. The user toggles them too. */
  @property({ attribute: false }) accessor collapsed: readonly string[] = [];

  /** Shows the loading state instead of the board. */
  @property({ type: Boolean, reflect: true }) accessor loading = false;

  /** Shows only leads whose name, company, owner or id contain this text. */
  @property({ attribute: 'filter-text', converter: orDefault('') }) accessor filterText = '';

  /** Shows only the leads of this rep id; `-` for unassigned leads; empty for everyone. */
  @property({ attribute: 'owner-filter', converter: orDefault('') }) accessor ownerFilter = '';

  /** ISO 4217 currency of lead `value`s (a lead's own `currency` field wins). */
  @property({ converter: orDefault('USD') }) accessor currency = 'USD';

  /** Who is moving leads, passed to `line.moveLead(…, by)` for the audit log. */
  @property({ converter: orDefault(undefined) }) accessor actor: string | undefined;

  /** Height of a card in px; cards have one height so columns can be virtualised. */
  @property({ type: Number, attribute: 'card-height', converter: positiveNumberOr(100) }) accessor cardHeight = 100;

  /** Hides the filter bar (a host with its own filters sets `filterText`/`ownerFilter`). */
  @property({ type: Boolean, attribute: 'no-toolbar' }) accessor noToolbar = false;

  /** @internal */
  @state() accessor focusedId: string | undefined;
  /** @internal */
  @state() accessor lifted: Lifted | undefined;
  /** @internal */
  @state() accessor dragOver: string | null = null;
  /** @internal */
  @state() accessor notice: Notice | undefined;
  /** @internal */
  @state() accessor snapId: string | undefined;
  /** @internal */
  @state() accessor viewport = DEFAULT_VIEWPORT_PX;
  /** @internal */
  readonly busy = new Set<string>();

  /** @internal */
  readonly announcer = new AnnouncerController(this);
  /** @internal */
  readonly moveMenu = new MoveMenuController(this);
  readonly #lineController = new LineController(this);
  readonly #drag = new PointerDragController(this, {
    cardFrom: (path) => {
      if (this.readOnly || path.some((node) => node instanceof HTMLButtonElement)) return null;
      return path.find((node): node is HTMLElement => node instanceof HTMLElement && node.classList.contains('card')) ?? null;
    },
    stageAt: (element) => element?.closest<HTMLElement>('[data-drop-stage]')?.dataset.dropStage ?? null,
    onStart: (id) => {
      this.lifted = undefined;
      this.focusedId = id;
      this.requestUpdate();
    },
    onOver: (stage) => {
      this.dragOver = stage;
    },
    onEnd: (id, stage) => {
      this.dragOver = null;
      const card = this.cardById(id);
      if (!card) return;
      if (stage === null || stage === card.stage) {
        this.announcer.announce(this.text.cancelled(card.lead.name, this.text.stageName(card.stage)));
        this.requestUpdate();
      } else void this.requestMove(card, stage, 'pointer');
    },
  });

  /** @internal */
  text: BoardStrings = defaultBoardStrings;
  /** @internal */
  readonly scrollTops = new Map<string, number>();
  readonly #data = new BoardData();
  #lineProblem: string | undefined;
  #resizer: ResizeObserver | undefined;

  constructor() {
    super();
    new ClockController(this, CLOCK_INTERVAL_MS);
    new CardFocusController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The column observer stopped when the board left the page: an update starts it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#drag.cancel();
    this.#resizer?.disconnect();
    this.#resizer = undefined;
  }

  /** @internal */
  get readOnly(): boolean {
    return this.line === undefined;
  }

  /** @internal */
  get clock(): number {
    // A clock that is not a function (a timestamp handed in by mistake) is passed over, not called.
    const clock = [this.now, this.line?.clock].find((candidate) => typeof candidate === 'function') ?? Date.now;
    return clock();
  }

  /** @internal */
  get pitch(): number {
    return this.cardHeight + CARD_GAP_PX;
  }

  /** @internal */
  cardById(id: string): CardData | undefined {
    return this.#data.card(id);
  }

  /** @internal The people the owner filter offers. */
  get ownerOptions(): Array<{ id: string; name: string }> {
    const reps = this.line ? Object.values(this.#lineController.state?.reps ?? {}) : (this.reps ?? []);
    if (reps.length > 0) return reps.map((rep) => ({ id: rep.id, name: rep.name }));
    const owners = new Map<string, string>();
    for (const card of this.#data.index.values()) if (card.ownerId !== null) owners.set(card.ownerId, card.ownerName ?? card.ownerId);
    return [...owners].map(([id, name]) => ({ id, name }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('strings')) this.text = mergeStrings(defaultBoardStrings, this.strings);
    // A host still loading may hand in null: no lanes are collapsed then.
    if (!Array.isArray(this.collapsed)) this.collapsed = [];
    if (changed.has('line')) {
      this.#lineProblem = this.line === undefined ? undefined : lineProblem(this.line);
      this.#lineController.setLine(this.#lineProblem === undefined ? this.line : undefined);
    }
    const stateError = this.#lineController.error;
    this.#data.update({
      line: this.line,
      lineError: this.#lineProblem ?? (stateError === undefined ? undefined : `getState() failed: ${stateError}`),
      lineState: this.#lineController.state,
      config: this.config,
      leads: this.leads ?? [],
      reps: this.reps ?? [],
      filterText: this.filterText ?? '',
      ownerFilter: this.ownerFilter ?? '',
      text: this.text,
    });
    // The line moved a lifted card meanwhile (another user, a deadline): the lift is void.
    const lifted = this.lifted && this.cardById(this.lifted.id);
    if (this.lifted && lifted?.stage !== this.lifted.from) {
      if (lifted) cancelLift(this, lifted);
      else this.lifted = undefined;
    }
  }

  /** @internal */
  get model(): BoardModel | undefined {
    return this.#data.model;
  }

  /** @internal */
  get boardConfig(): BoardConfig | undefined {
    return this.#data.config;
  }

  protected override updated(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.#resizer ??= new ResizeObserver((entries) => {
      const tallest = Math.max(...entries.map((entry) => entry.contentRect.height), 0);
      if (tallest > this.viewport) this.viewport = tallest;
    });
    for (const body of this.renderRoot.querySelectorAll('.column-body')) this.#resizer.observe(body);
  }

  override render() {
    const text = this.text;
    if (this.loading) return html`<p class="state" part="loading" role="note" aria-busy="true">${text.loading}</p>${this.#slot()}`;
    const error = this.#data.error;
    if (error) {
      return html`<div class="state error" part="error" role="alert"><strong>${text.errorTitle}</strong><p>${error}</p></div>${this.#slot()}`;
    }
    const model = this.model;
    if (!model) return html`<p class="state" part="empty">${text.noConfig}</p>${this.#slot()}`;
    const collapsed = new Set(this.collapsed);
    const ctx = this.#columnContext();
    return html`<div
      class="board"
      part="board"
      role="region"
      aria-label=${text.boardLabel}
      style="--_card-height:${this.cardHeight}px"
      @keydown=${this.#onKeydown} @click=${this.#onClick} @focusin=${this.#onFocusin} @focusout=${this.#onFocusout}>
      ${this.noToolbar ? nothing : renderToolbar(this, model)}
      ${renderNotice(this)}
      <p id="instructions" class="visually-hidden">${text.dragInstructions}</p>
      ${model.total === 0 || model.shown === 0
        ? html`<p class="state" part="empty">${model.total === 0 ? text.empty : text.emptyFiltered}</p>`
        : nothing}
      ${model.lanes.map((lane) => {
        const open = !collapsed.has(lane.id);
        return html`<div class="lane" part="swimlane" role="group" aria-labelledby="lane-${lane.id}" data-station=${lane.id}>
          <h2 class="lane-title" id="lane-${lane.id}">
            <button type="button" class="lane-toggle" part="swimlane-toggle" data-action="toggle-lane" data-station=${lane.id} aria-expanded=${open ? 'true' : 'false'}>
              <span class="chevron" aria-hidden="true"></span><span>${lane.name}</span>
              <span class="lane-count">${text.laneSummary(this.format.number(lane.total), lane.total)}</span>
            </button>
          </h2>
          ${open ? html`<div class="columns">${lane.columns.map((column) => renderColumn(column, ctx))}</div>` : nothing}
        </div>`;
      })}
      ${this.moveMenu.render(model)}
      ${this.#slot()}
    </div>`;
  }

  #slot() {
    return html`<slot name="announcer"></slot>`;
  }

  #columnContext(): ColumnContext {
    return {
      text: this.text,
      format: this.format,
      now: this.clock,
      currency: this.currency,
      readOnly: this.readOnly,
      pitch: this.pitch,
      tabbableId: undefined,
      focusedId: this.focusedId,
      liftedId: this.lifted?.id,
      draggingId: this.#drag.draggingId,
      menuId: this.moveMenu.open?.id,
      snapId: this.snapId,
      busy: this.busy,
      dropStage: this.lifted?.target ?? this.dragOver ?? undefined,
      scrollTops: this.scrollTops,
      viewport: this.viewport,
      onScroll: this.#onScroll,
      cardById: (id) => this.#data.card(id),
    };
  }

  #onScroll = (event: Event): void => {
    const body = event.currentTarget as HTMLElement;
    this.scrollTops.set(body.dataset.key!, body.scrollTop);
    this.requestUpdate();
  };

  #cardOf(event: Event): CardData | undefined {
    const element = (event.target as Element).closest<HTMLElement>('.card');
    return element?.dataset.leadId === undefined ? undefined : this.cardById(element.dataset.leadId);
  }

  #onFocusin = (event: FocusEvent): void => {
    const card = this.#cardOf(event);
    if (card && card.id !== this.focusedId) this.focusedId = card.id;
  };

  /** Leaving a lifted card (Tab, a click elsewhere) puts it down where it was. */
  #onFocusout = (event: FocusEvent): void => {
    const id = this.#cardOf(event)?.id;
    if (id === undefined || this.lifted?.id !== id) return;
    // A re-render may move the focused card (blurring it) and then put focus back: judge once it settled.
    setTimeout(() => {
      const card = this.cardById(id);
      const focusedId = this.shadowRoot?.activeElement?.closest<HTMLElement>('.card')?.dataset.leadId;
      if (card && this.lifted?.id === id && focusedId !== id) cancelLift(this, card);
    });
  };

  #onClick = (event: MouseEvent): void => {
    const target = event.target as Element;
    const action = target.closest<HTMLElement>('[data-action]');
    if (action?.dataset.action === 'toggle-lane') return this.#toggleLane(action.dataset.station!);
    const card = this.#cardOf(event);
    if (!card) return;
    if (action?.dataset.action === 'menu') return void this.moveMenu.openFor(card, action);
    this.dispatchEvent(new SalesLineSelectEvent({ leadId: card.id, lead: card.lead }));
  };

  #toggleLane(station: string): void {
    this.collapsed = this.collapsed.includes(station) ? this.collapsed.filter((id) => id !== station) : [...this.collapsed, station];
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const card = this.#cardOf(event);
    if (card && !(event.target as Element).closest('button')) onCardKeydown(this, card, event);
  };

  /** @internal Renders (if virtualised away), scrolls into view and focuses a card. */
  async focusCard(id: string): Promise<void> {
    this.focusedId = id;
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLElement>(`.card[data-lead-id="${CSS.escape(id)}"]`);
    if (!element) return;
    const body = element.closest<HTMLElement>('.column-body');
    const card = this.cardById(id);
    const index = card ? (this.model?.byStage.get(card.stage)?.cards.indexOf(card) ?? -1) : -1;
    if (body && index >= 0) {
      const top = index * this.pitch;
      if (top < body.scrollTop) body.scrollTop = top;
      else if (top + this.pitch > body.scrollTop + body.clientHeight) body.scrollTop = top + this.pitch - body.clientHeight;
    }
    element.focus({ preventScroll: true });
  }

  /** @internal Sends a user's move through the host's veto and the line's rules. */
  requestMove(card: CardData, to: string, source: MoveSource): Promise<void> {
    return commitMove(this, card, to, source);
  }
}
