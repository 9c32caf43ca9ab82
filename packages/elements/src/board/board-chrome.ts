import { html, nothing } from 'lit';
import type { SalesLineBoard } from './board.component.ts';
import { UNASSIGNED, type BoardModel } from './board-model.ts';

/** The last refusal or hand-off, kept visible until dismissed (the live region only speaks once). */
export interface Notice {
  kind: 'refused' | 'handoff';
  message: string;
  why?: string;
}

export function renderNotice(board: SalesLineBoard) {
  const notice = board.notice;
  if (!notice) return nothing;
  return html`<div class="notice ${notice.kind}" part="notice" data-kind=${notice.kind}>
    <span aria-hidden="true">${notice.kind === 'refused' ? '⛔' : '➜'}</span>
    <div class="notice-text">
      <p>${notice.message}</p>
      ${notice.why ? html`<p class="notice-why" part="notice-why">${board.text.why(notice.why)}</p>` : nothing}
    </div>
    <button type="button" class="notice-dismiss" @click=${() => (board.notice = undefined)}>${board.text.dismiss}</button>
  </div>`;
}

/** Text and owner filters. They change what is shown only; the WIP counts stay whole. */
export function renderToolbar(board: SalesLineBoard, model: BoardModel) {
  const text = board.text;
  const list = board.ownerOptions;
  return html`<div class="toolbar" part="toolbar">
    <label
      >${text.filterText}
      <input
        type="search"
        part="filter-input"
        .value=${board.filterText}
        @input=${(event: Event) => (board.filterText = (event.target as HTMLInputElement).value)}
    /></label>
    <label
      >${text.filterOwner}
      <select part="owner-select" @change=${(event: Event) => (board.ownerFilter = (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${board.ownerFilter === ''}>${text.allOwners}</option>
        <option value=${UNASSIGNED} ?selected=${board.ownerFilter === UNASSIGNED}>${text.unassigned}</option>
        ${list.map((rep) => html`<option value=${rep.id} ?selected=${board.ownerFilter === rep.id}>${rep.name}</option>`)}
      </select></label
    >
    ${board.readOnly ? html`<span class="toolbar-note" part="read-only">${text.readOnly}</span>` : nothing}
    <span class="toolbar-count">${text.shownCount(board.format.number(model.shown), board.format.number(model.total))}</span>
  </div>`;
}
