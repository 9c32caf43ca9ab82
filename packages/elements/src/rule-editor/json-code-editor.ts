// The JSON tab's code editor. Loaded only when the tab first opens (a dynamic import), so
// CodeMirror never counts against the rule editor's own size; until then, and if it fails to
// load, the tab is a plain <textarea>.
import { Annotation, EditorState, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { defaultKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { jsonPathRange, offsetAt, type TextRange } from './json-path-range.ts';

/** For the plain textarea's selection too: the element fetches it with this file rather than carrying it. */
export { jsonPathRange };

/** A problem to mark on the text: a validation issue (by its path) or where the text stops parsing. */
export type JsonMark = { path: readonly PropertyKey[]; key: string; message: string } | { line: number; column: number; message: string };

export interface JsonCodeEditorOptions {
  parent: HTMLElement;
  /** The shadow root the editor lives in: CodeMirror puts its styles there (adopted style sheets, no inline <style>). */
  root: ShadowRoot;
  text: string;
  label: string;
  /** Called with the whole text after each edit the user makes (never for `setText`). */
  onInput(text: string): void;
}

export interface JsonCodeEditor {
  readonly view: EditorView;
  /** Replaces the text (after a builder edit, undo or redo), changing only what differs so the cursor stays put. */
  setText(text: string): void;
  /** Marks these problems on the text: an underline with the message on hover, in the lint panel and gutter. */
  setMarks(marks: readonly JsonMark[]): void;
  /** Selects, scrolls to and focuses the text a path names; `false` when the text has no such place. */
  reveal(path: readonly PropertyKey[]): boolean;
  destroy(): void;
}

const external = Annotation.define<boolean>();
const placeMarks = StateEffect.define<DecorationSet>();
const issueMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update: (marks, tr) => tr.effects.reduce((next, effect) => (effect.is(placeMarks) ? effect.value : next), marks.map(tr.changes)),
  provide: (field) => EditorView.decorations.from(field),
});

// No max height: a scrolling box around the editable text fails axe's scrollable-region-focusable.
const theme = EditorView.theme({
  '&': { border: '1px solid var(--_border)', borderRadius: 'var(--_radius)', background: 'var(--_card)', color: 'inherit', minHeight: '16em' },
  '&.cm-focused': { outline: '2px solid var(--_accent)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '13px' },
  '.cm-gutters': { background: 'var(--_surface)', color: 'var(--_muted)', borderRight: '1px solid var(--_border)' },
  '.cm-issue': { textDecoration: 'wavy underline var(--_danger)', textUnderlineOffset: '3px' },
});

/** Where to mark a problem: the value its path names; for a missing key, the first line of the deepest value it reaches. */
function markRange(text: string, mark: JsonMark): TextRange | undefined {
  if (!('path' in mark)) {
    const at = offsetAt(text, mark.line, mark.column);
    return { from: Math.max(0, Math.min(at, text.length - 1)), to: Math.min(text.length, at + 1) };
  }
  const range = jsonPathRange(text, mark.path);
  if (range === undefined) return undefined;
  if (range.depth === mark.path.length) return range;
  const lineEnd = text.indexOf('\n', range.from);
  return { from: range.from, to: lineEnd === -1 || lineEnd > range.to ? range.to : lineEnd };
}

export function createJsonCodeEditor(options: JsonCodeEditorOptions): JsonCodeEditor {
  const view = new EditorView({
    root: options.root,
    parent: options.parent,
    state: EditorState.create({
      doc: options.text,
      extensions: [
        lineNumbers(),
        // No CodeMirror history: Ctrl+Z reaches the rule editor, whose undo is per action across both tabs.
        keymap.of(defaultKeymap),
        json(),
        syntaxHighlighting(defaultHighlightStyle),
        lintGutter(),
        issueMarks,
        theme,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-multiline': 'true', spellcheck: 'false' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !update.transactions.some((tr) => tr.annotation(external))) options.onInput(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    setText(text) {
      const current = view.state.doc.toString();
      if (text === current) return;
      let start = 0;
      while (start < text.length && start < current.length && text[start] === current[start]) start++;
      let end = 0;
      while (end < text.length - start && end < current.length - start && text[text.length - 1 - end] === current[current.length - 1 - end]) end++;
      view.dispatch({ changes: { from: start, to: current.length - end, insert: text.slice(start, text.length - end) }, annotations: external.of(true) });
    },
    setMarks(marks) {
      const text = view.state.doc.toString();
      const placed = marks
        .map((mark) => ({ mark, range: markRange(text, mark) }))
        .filter((item): item is { mark: JsonMark; range: TextRange } => item.range !== undefined && item.range.to > item.range.from)
        .sort((a, b) => a.range.from - b.range.from || a.range.to - b.range.to);
      const builder = new RangeSetBuilder<Decoration>();
      for (const { mark, range } of placed) {
        const attributes: Record<string, string> = { title: mark.message, 'data-issue': 'path' in mark ? mark.key : 'json' };
        builder.add(range.from, range.to, Decoration.mark({ class: 'cm-issue', attributes }));
      }
      const diagnostics: Diagnostic[] = placed.map(({ mark, range }) => ({ ...range, severity: 'error', message: mark.message }));
      view.dispatch(setDiagnostics(view.state, diagnostics), { effects: placeMarks.of(builder.finish()) });
    },
    reveal(path) {
      const range = markRange(view.state.doc.toString(), { path, key: '', message: '' });
      if (range === undefined) return false;
      view.dispatch({ selection: { anchor: range.from, head: range.to }, effects: EditorView.scrollIntoView(range.from, { y: 'center' }) });
      view.focus();
      return true;
    },
    destroy: () => view.destroy(),
  };
}
