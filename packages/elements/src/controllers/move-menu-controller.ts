import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { BoardModel, CardData } from '../board/board-model.ts';
import type { BoardConfig } from '../board/read-board-input.ts';
import type { BoardStrings } from '../i18n/board-strings.ts';
import { legalTargets } from '../board/legal-targets.ts';
import { renderMoveMenu } from '../board/move-menu-template.ts';

/** What the menu needs from the board. */
export interface MoveMenuHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly text: BoardStrings;
  readonly boardConfig: BoardConfig | undefined;
  cardById(id: string): CardData | undefined;
  requestMove(card: CardData, to: string, source: 'menu'): Promise<void>;
}

/** Keeps the menu inside the viewport: it is about this wide. */
const MENU_WIDTH_PX = 240;

/**
 * The one "Move to…" menu of a board, opened from any card's "Move…" button: focus goes to the
 * first stage it may move to, ↑/↓/Home/End walk the items, Escape or Tab close it and return
 * focus to the button, a press outside closes it.
 */
export class MoveMenuController implements ReactiveController {
  #host: MoveMenuHost;
  /** The card whose menu is open, and where the menu sits in the viewport. */
  open: { id: string; x: number; y: number } | undefined;

  constructor(host: MoveMenuHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.open = undefined;
    removeEventListener('pointerdown', this.#outside, true);
  }

  async openFor(card: CardData, button: HTMLElement): Promise<void> {
    const rect = button.getBoundingClientRect();
    this.open = { id: card.id, x: Math.max(0, Math.min(rect.left, innerWidth - MENU_WIDTH_PX)), y: rect.bottom + 4 };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const items = this.#items();
    (items.find((item) => !item.hasAttribute('aria-disabled')) ?? items[0])?.focus();
    addEventListener('pointerdown', this.#outside, true);
  }

  async close(returnFocus: boolean): Promise<void> {
    const id = this.open?.id;
    removeEventListener('pointerdown', this.#outside, true);
    if (!id) return;
    this.open = undefined;
    this.#host.requestUpdate();
    if (!returnFocus) return;
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(`.card[data-lead-id="${CSS.escape(id)}"] .move-button`)?.focus();
  }

  render(model: BoardModel) {
    const open = this.open;
    const card = open && this.#host.cardById(open.id);
    const config = this.#host.boardConfig;
    if (!open || !card || !config) return nothing;
    return renderMoveMenu({
      text: this.#host.text,
      lanes: model.lanes,
      leadName: card.lead.name,
      current: card.stage,
      legal: legalTargets(config, card.stage),
      x: open.x,
      y: open.y,
      onKeydown: this.#keydown,
      onClick: this.#click,
    });
  }

  #items(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  #outside = (event: PointerEvent): void => {
    const inside = event.composedPath().some((node) => node instanceof HTMLElement && node.getAttribute('role') === 'menu');
    if (!inside) void this.close(false);
  };

  #keydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const index = items.indexOf(event.target as HTMLElement);
    const go = (next: number) => items[(next + items.length) % items.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(index + 1),
      ArrowUp: () => go(index - 1),
      Home: () => go(0),
      End: () => go(items.length - 1),
      Escape: () => void this.close(true),
      Tab: () => void this.close(true),
    };
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    event.stopPropagation();
    handler();
  };

  #click = (event: MouseEvent): void => {
    event.stopPropagation();
    const item = (event.target as Element).closest<HTMLElement>('[role="menuitem"]');
    const card = this.open && this.#host.cardById(this.open.id);
    if (!item || !card || item.hasAttribute('aria-disabled')) return;
    void this.close(false);
    void this.#host.requestMove(card, item.dataset.stage!, 'menu');
  };
}
