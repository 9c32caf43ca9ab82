import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PointerDragOptions {
  /** The draggable card a pointerdown's composed path starts on, or null. */
  cardFrom(path: readonly EventTarget[]): HTMLElement | null;
  /** The drop target's stage under a viewport point, or null. */
  stageAt(element: Element | null): string | null;
  onStart(leadId: string): void;
  onOver(stage: string | null): void;
  /** `stage` is null when the drag was cancelled or dropped outside any column. */
  onEnd(leadId: string, stage: string | null): void;
}

/** Mouse and pen: a drag starts after this much movement, so a click stays a click. */
const MOUSE_SLOP_PX = 4;
/** Touch: a drag starts after a still press this long, so a swipe still scrolls natively. */
const LONG_PRESS_MS = 120;
const TOUCH_SLOP_PX = 8;
/** Auto-scroll zone at a scroller's edges, and the speed at the very edge (px per frame). */
const EDGE_PX = 48;
const MAX_SPEED_PX = 18;

interface Press {
  card: HTMLElement;
  leadId: string;
  pointerId: number;
  touch: boolean;
  startX: number;
  startY: number;
  x: number;
  y: number;
  active: boolean;
  ghost?: HTMLElement;
  offsetX: number;
  offsetY: number;
  stage: string | null;
  timer?: ReturnType<typeof setTimeout>;
  frame?: number;
}

/**
 * Pointer drag for cards that are templates inside one shadow root: hit testing through
 * `shadowRoot.elementFromPoint` (document-level hit testing stops at the host), a ghost copy
 * of the card under the pointer, auto-scroll near scroller edges proportional to the
 * distance, and a long press to start on touch.
 */
export class PointerDragController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #options: PointerDragOptions;
  #press: Press | undefined;
  #swallowClick = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PointerDragOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The lead being dragged, once the drag has started. */
  get draggingId(): string | undefined {
    return this.#press?.active ? this.#press.leadId : undefined;
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerdown', this.#down);
    this.#host.addEventListener('touchmove', this.#touchMove, { passive: false });
    this.#host.addEventListener('click', this.#click, true);
  }

  hostDisconnected(): void {
    this.#finish(null);
    this.#host.removeEventListener('pointerdown', this.#down);
    this.#host.removeEventListener('touchmove', this.#touchMove);
    this.#host.removeEventListener('click', this.#click, true);
  }

  /** Ends a drag in progress as cancelled (the board calls it on Escape). */
  cancel(): void {
    if (this.#press) this.#finish(null);
  }

  #down = (event: PointerEvent): void => {
    if (event.button !== 0 || this.#press) return;
    const card = this.#options.cardFrom(event.composedPath());
    const leadId = card?.dataset.leadId;
    if (!card || !leadId) return;
    const touch = event.pointerType === 'touch';
    this.#press = {
      card,
      leadId,
      pointerId: event.pointerId,
      touch,
      startX: event.clientX,
      startY: event.clientY,
      x: event.clientX,
      y: event.clientY,
      active: false,
      offsetX: 0,
      offsetY: 0,
      stage: null,
    };
    if (touch) this.#press.timer = setTimeout(() => this.#activate(), LONG_PRESS_MS);
    window.addEventListener('pointermove', this.#move);
    window.addEventListener('pointerup', this.#up);
    window.addEventListener('pointercancel', this.#cancelled);
    window.addEventListener('keydown', this.#key, true);
  };

  #move = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || event.pointerId !== press.pointerId) return;
    press.x = event.clientX;
    press.y = event.clientY;
    if (press.active) {
      event.preventDefault();
      return;
    }
    const distance = Math.hypot(press.x - press.startX, press.y - press.startY);
    if (press.touch && distance > TOUCH_SLOP_PX) this.#finish(null);
    else if (!press.touch && distance >= MOUSE_SLOP_PX) this.#activate();
  };

  #up = (event: PointerEvent): void => {
    const press = this.#press;
    if (!press || event.pointerId !== press.pointerId) return;
    press.x = event.clientX;
    press.y = event.clientY;
    if (!press.active) {
      this.#finish(null);
      return;
    }
    this.#swallowClick = true;
    this.#finish(this.#stageAt(press.x, press.y));
  };

  #cancelled = (event: PointerEvent): void => {
    if (this.#press && event.pointerId === this.#press.pointerId) this.#finish(null);
  };

  #key = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#press?.active) return;
    event.preventDefault();
    event.stopPropagation();
    this.#finish(null);
  };

  /** A long-pressed touch drag must not scroll the page underneath. */
  #touchMove = (event: TouchEvent): void => {
    if (this.#press?.active && event.cancelable) event.preventDefault();
  };

  /** The click that ends a drag is not a "select". */
  #click = (event: MouseEvent): void => {
    if (!this.#swallowClick) return;
    this.#swallowClick = false;
    event.stopPropagation();
    event.preventDefault();
  };

  #activate(): void {
    const press = this.#press;
    if (!press || press.active) return;
    press.active = true;
    const rect = press.card.getBoundingClientRect();
    const ghost = press.card.cloneNode(true) as HTMLElement;
    ghost.removeAttribute('id');
    ghost.removeAttribute('tabindex');
    ghost.setAttribute('aria-hidden', 'true');
    ghost.setAttribute('part', 'drag-ghost');
    ghost.className = 'card drag-ghost';
    ghost.style.cssText = `position:fixed;left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px;margin:0;`;
    press.offsetX = press.startX - rect.left;
    press.offsetY = press.startY - rect.top;
    press.ghost = ghost;
    (this.#host.shadowRoot ?? document.body).append(ghost);
    this.#options.onStart(press.leadId);
    const step = () => {
      if (this.#press !== press) return;
      this.#frame(press);
      press.frame = requestAnimationFrame(step);
    };
    step();
  }

  #frame(press: Press): void {
    const ghost = press.ghost!;
    ghost.style.left = `${press.x - press.offsetX}px`;
    ghost.style.top = `${press.y - press.offsetY}px`;
    const hit = this.#hit(press.x, press.y);
    this.#autoScroll(hit, press.x, press.y);
    const stage = this.#options.stageAt(hit);
    if (stage !== press.stage) {
      press.stage = stage;
      this.#options.onOver(stage);
    }
  }

  #hit(x: number, y: number): Element | null {
    return (this.#host.shadowRoot ?? document).elementFromPoint(x, y);
  }

  #stageAt(x: number, y: number): string | null {
    return this.#options.stageAt(this.#hit(x, y));
  }

  #autoScroll(hit: Element | null, x: number, y: number): void {
    const scrollers = [hit?.closest('.column-body'), hit?.closest('.columns'), this.#host, document.scrollingElement];
    for (const scroller of new Set(scrollers)) {
      if (!scroller) continue;
      const page = scroller === document.scrollingElement;
      const rect = page ? new DOMRect(0, 0, innerWidth, innerHeight) : scroller.getBoundingClientRect();
      if (scroller.scrollHeight > scroller.clientHeight) scroller.scrollTop += speed(y - rect.top, rect.bottom - y);
      if (scroller.scrollWidth > scroller.clientWidth) scroller.scrollLeft += speed(x - rect.left, rect.right - x);
    }
  }

  #finish(stage: string | null): void {
    const press = this.#press;
    if (!press) return;
    this.#press = undefined;
    clearTimeout(press.timer);
    if (press.frame !== undefined) cancelAnimationFrame(press.frame);
    press.ghost?.remove();
    window.removeEventListener('pointermove', this.#move);
    window.removeEventListener('pointerup', this.#up);
    window.removeEventListener('pointercancel', this.#cancelled);
    window.removeEventListener('keydown', this.#key, true);
    if (press.active) this.#options.onEnd(press.leadId, stage);
  }
}

/** Scroll speed for a point `before` px from the start edge and `after` px from the end edge. */
function speed(before: number, after: number): number {
  if (before >= 0 && before < EDGE_PX) return -Math.ceil(((EDGE_PX - before) / EDGE_PX) * MAX_SPEED_PX);
  if (after >= 0 && after < EDGE_PX) return Math.ceil(((EDGE_PX - after) / EDGE_PX) * MAX_SPEED_PX);
  return 0;
}
