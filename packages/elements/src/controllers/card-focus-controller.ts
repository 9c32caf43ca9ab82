import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardData } from '../board/board-model.ts';

/** What the controller needs from the board. */
export interface CardFocusHost extends ReactiveControllerHost, HTMLElement {
  cardById(id: string): CardData | undefined;
  focusCard(id: string): Promise<void>;
}

/**
 * Keeps a keyboard user's place when the line moves the focused card by itself (another user,
 * a deadline): in another column the card is a new element, and focus fell to the page with the
 * old one. Focus elsewhere (the filter, the page) is left alone.
 */
export class CardFocusController implements ReactiveController {
  #host: CardFocusHost;
  #focused: string | undefined;

  constructor(host: CardFocusHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = this.#host.shadowRoot?.activeElement?.closest<HTMLElement>('.card')?.dataset.leadId;
  }

  hostUpdated(): void {
    const id = this.#focused;
    this.#focused = undefined;
    if (id !== undefined && this.#host.shadowRoot?.activeElement === null && this.#host.cardById(id)) void this.#host.focusCard(id);
  }
}
