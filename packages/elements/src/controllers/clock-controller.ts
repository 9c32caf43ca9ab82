import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders the host every `intervalMs` while it is connected, so ages and deadline badges move on. */
export class ClockController implements ReactiveController {
  #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setInterval> | undefined;
  #intervalMs: number;

  constructor(host: ReactiveControllerHost, intervalMs: number) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.#host.requestUpdate(), this.#intervalMs);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
