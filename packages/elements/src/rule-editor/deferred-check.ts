/**
 * Work that follows an edit but need not follow every keystroke: done at once, or once typing
 * pauses. While it waits, `pending` says that `result` is from before the last edit, so the
 * result is never shown as current when it is not.
 */
export class DeferredCheck<T> {
  pending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** `done` is told when a deferred run has finished (the element then renders again). */
  constructor(
    public result: T,
    private readonly work: () => T,
    private readonly done: () => void,
    private readonly delayMs: number,
  ) {}

  now(): void {
    clearTimeout(this.#timer);
    this.pending = false;
    this.result = this.work();
  }

  /** Runs the work `delayMs` after the last call; a newer call pushes it back. */
  later(): void {
    clearTimeout(this.#timer);
    this.pending = true;
    this.#timer = setTimeout(() => {
      this.now();
      this.done();
    }, this.delayMs);
  }
}
