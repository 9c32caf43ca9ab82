import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LineState } from '@sales-line/core';
import type { BoardLine } from '../board/board-line.ts';

/**
 * Keeps a host in step with a running line: subscribes while the host is connected, and asks
 * for a render whenever the line commits a change (a move, a tick, a hot config swap).
 */
export class LineController implements ReactiveController {
  #host: ReactiveControllerHost;
  #line: BoardLine | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;
  /** The line's latest state; undefined without a line. */
  state: LineState | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  get line(): BoardLine | undefined {
    return this.#line;
  }

  /** Switches to another line (or none); the old one is unsubscribed at once. */
  setLine(line: BoardLine | undefined): void {
    if (line === this.#line) return;
    this.#unsubscribeNow();
    this.#line = line;
    this.state = line?.getState();
    if (this.#connected) this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#line) {
      // Changes made while disconnected were not heard: catch up before listening again.
      const state = this.#line.getState();
      if (state !== this.state) {
        this.state = state;
        this.#host.requestUpdate();
      }
      this.#subscribe();
    }
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribeNow();
  }

  #subscribe(): void {
    const line = this.#line;
    if (!line || this.#unsubscribe) return;
    this.#unsubscribe = line.subscribe((state) => {
      if (line !== this.#line) return;
      this.state = state;
      this.#host.requestUpdate();
    });
  }

  #unsubscribeNow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
