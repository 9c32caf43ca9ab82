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
  /** Set when the line's `getState()` threw: the host shows it instead of throwing. */
  error: string | undefined;

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
    this.state = line === undefined ? undefined : this.#read(line);
    if (this.#connected) this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#line) {
      // Changes made while disconnected were not heard: catch up before listening again.
      const state = this.#read(this.#line);
      if (state !== this.state) {
        this.state = state;
        this.#host.requestUpdate();
      }
      this.#subscribe();
    }
  }

  /** A line may be a proxy (a worker, an API): a failing read becomes `error`, not a throw in the host's render. */
  #read(line: BoardLine): LineState | undefined {
    try {
      this.error = undefined;
      return line.getState();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return undefined;
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
      this.error = undefined;
      this.#host.requestUpdate();
    });
  }

  #unsubscribeNow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
