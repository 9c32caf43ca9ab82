/**
 * Undo history of whole documents. Documents share unchanged nodes (see `setAt`), so an
 * entry costs only the path that changed. Consecutive edits with the same `coalesce` key
 * (typing in one field) make one entry, so undo works per action, not per keystroke.
 */
export interface EditHistory<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The key of the edit that made `present`, while further edits with it may join it. */
  readonly openKey: string | undefined;
}

const LIMIT = 200;

export function startHistory<T>(present: T): EditHistory<T> {
  return { past: [], present, future: [], openKey: undefined };
}

export function recordEdit<T>(history: EditHistory<T>, next: T, coalesce?: string): EditHistory<T> {
  if (coalesce !== undefined && coalesce === history.openKey) return { ...history, present: next, future: [] };
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], openKey: coalesce };
}

export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
    openKey: undefined,
  };
}

export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  if (history.future.length === 0) return history;
  return { past: [...history.past, history.present], present: history.future[0]!, future: history.future.slice(1), openKey: undefined };
}

/** Ends coalescing: the next edit of the same field starts a new entry (the field lost focus). */
export function closeEdit<T>(history: EditHistory<T>): EditHistory<T> {
  return history.openKey === undefined ? history : { ...history, openKey: undefined };
}
