import { html, nothing, type TemplateResult } from 'lit';
import type { BoardStrings } from '../i18n/board-strings.ts';
import type { Formatters } from '../i18n/formatters.ts';
import type { CardData } from './board-model.ts';
import { deadlineState } from './deadline-status.ts';

export interface CardContext {
  text: BoardStrings;
  format: Formatters;
  now: number;
  currency: string;
  readOnly: boolean;
  /** Distance between card tops, in px. */
  pitch: number;
  /** The one card in the tab order (roving tabindex). */
  tabbableId: string | undefined;
  liftedId: string | undefined;
  draggingId: string | undefined;
  menuId: string | undefined;
  snapId: string | undefined;
  busy: ReadonlySet<string>;
}

const icons = { 'due-soon': '⏰', overdue: '⚠' } as const;

function deadlineBadge(card: CardData, ctx: CardContext) {
  const state = deadlineState(card.dueAt, card.stageEnteredAt, ctx.now);
  if (state === 'none') return nothing;
  const due = ctx.text.dueIn(ctx.format.relative(card.dueAt! - ctx.now));
  // The state is said in words and an icon, never by colour alone.
  const label = state === 'on-time' ? due : `${state === 'overdue' ? ctx.text.overdue : ctx.text.dueSoon} · ${due}`;
  return html`<span class="badge ${state}" part="deadline deadline-${state}" data-deadline=${state}
    >${state === 'on-time' ? nothing : html`<span aria-hidden="true">${icons[state]} </span>`}${label}</span
  >`;
}

function money(card: CardData, ctx: CardContext) {
  const value = card.lead.value;
  if (typeof value !== 'number' || !Number.isFinite(value)) return nothing;
  const currency = typeof card.lead.currency === 'string' ? card.lead.currency : ctx.currency;
  return html`<span class="card-value" part="card-value"
    ><span class="visually-hidden">${ctx.text.valueLabel}: </span>${ctx.format.money(value, currency)}</span
  >`;
}

/** One lead card. A template, not an element: thousands of them render and update cheaply. */
export function renderCard(card: CardData, index: number, setSize: number, ctx: CardContext): TemplateResult {
  const id = card.id;
  const name = card.lead.name;
  const company = typeof card.lead.company === 'string' ? card.lead.company : '';
  const tabbable = id === ctx.tabbableId;
  const states = [
    id === ctx.liftedId ? 'lifted' : '',
    id === ctx.draggingId ? 'dragging' : '',
    id === ctx.snapId ? 'snap-back' : '',
    ctx.busy.has(id) ? 'busy' : '',
  ].filter(Boolean);
  return html`<li
    class="card ${states.join(' ')}"
    part="card ${states.map((state) => `card-${state}`).join(' ')}"
    data-lead-id=${id}
    tabindex=${tabbable ? 0 : -1}
    style="top:${index * ctx.pitch}px"
    aria-posinset=${index + 1}
    aria-setsize=${setSize}
    aria-describedby=${ctx.readOnly ? nothing : 'instructions'}
    aria-busy=${ctx.busy.has(id) ? 'true' : nothing}
  >
    <div class="card-row">
      <span class="card-name" part="card-name">${name}</span>
      ${deadlineBadge(card, ctx)}
    </div>
    <div class="card-row card-company" part="card-company">${company}</div>
    <div class="card-row">
      <span class="card-owner" part="card-owner"
        ><span class="visually-hidden">${ctx.text.ownerLabel}: </span>${card.ownerName ?? ctx.text.unassigned}</span
      >
      ${money(card, ctx)}
    </div>
    <div class="card-row">
      <span class="card-age" part="card-age"
        >${card.stageEnteredAt === null ? nothing : ctx.text.ageInStage(ctx.format.duration(ctx.now - card.stageEnteredAt))}</span
      >
      ${ctx.readOnly
        ? nothing
        : html`<button
            type="button"
            class="move-button"
            part="card-move-button"
            data-action="menu"
            tabindex=${tabbable ? 0 : -1}
            aria-haspopup="menu"
            aria-expanded=${id === ctx.menuId ? 'true' : 'false'}
            aria-label=${ctx.text.moveButtonLabel(name)}
          >
            ${ctx.text.moveButton}
          </button>`}
    </div>
  </li>`;
}
