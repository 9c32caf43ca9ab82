import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Long enough to skip the "over column X" chatter of fast arrow presses, short enough to feel live. */
const DEBOUNCE_MS = 150;
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);white-space:nowrap;border:0;';

/**
 * The host's one polite live region. It lives in the host's light DOM (slotted into the shadow
 * root through `<slot name="announcer">`): Chrome and VoiceOver do not reliably announce live
 * regions inside a shadow root.
 */
export class AnnouncerController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #region: HTMLElement | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending = '';

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#region?.isConnected) return;
    const region = document.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    region.setAttribute('slot', 'announcer');
    region.dataset.salesLineAnnouncer = '';
    region.style.cssText = HIDDEN;
    this.#host.append(region);
    this.#region = region;
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#region?.remove();
    this.#region = undefined;
  }

  /** Announces `message` once the user pauses; a newer message replaces a pending one. */
  announce(message: string): void {
    this.#pending = message;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const region = this.#region;
      if (!region) return;
      // Clearing first makes a repeated message be announced again.
      region.textContent = '';
      setTimeout(() => {
        region.textContent = this.#pending;
      }, 20);
    }, DEBOUNCE_MS);
  }
}
