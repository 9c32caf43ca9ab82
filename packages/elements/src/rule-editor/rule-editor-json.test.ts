import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EditorView } from '@codemirror/view';
import type { SalesLineRuleEditor } from './rule-editor.component.ts';
import { jsonPathRange } from './json-path-range.ts';
import { click, field, q, ruleEditor, text, typeInto } from '../../test/rule-editor-fixtures.ts';

/** Opens the JSON tab and waits for its code editor to load. */
async function openCodeEditor(el: SalesLineRuleEditor): Promise<EditorView> {
  await click(el, q(el, '#tab-json'));
  // The first load fetches CodeMirror's modules through the dev server: give it time.
  await waitUntil(() => q(el, '.cm-editor') !== null, 'the code editor loads when the JSON tab opens', { timeout: 20_000 });
  await el.updateComplete;
  return EditorView.findFromDOM(q(el, '.cm-editor')!)!;
}

/** Selects the text a path names in the code editor, the way a user would before typing over it. */
function select(view: EditorView, path: (string | number)[]): void {
  const range = jsonPathRange(view.state.doc.toString(), path)!;
  view.focus();
  view.dispatch({ selection: { anchor: range.from, head: range.to } });
}

async function withControl(key: string): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: key });
  await sendKeys({ up: 'Control' });
}

describe('<sales-line-rule-editor> JSON tab code editor', () => {
  it('is loaded only when the JSON tab opens, in the shadow root, showing the document; the textarea steps aside', async function () {
    this.timeout(30_000);
    const el = await ruleEditor();
    expect(q(el, '.cm-editor'), 'not loaded on the builder tab').to.equal(null);
    const view = await openCodeEditor(el);
    expect(el.shadowRoot!.contains(view.dom)).to.equal(true);
    expect(JSON.parse(view.state.doc.toString())).to.deep.equal(el.value);
    expect(q(el, 'textarea')!.hidden).to.equal(true);
    expect(q(el, '.cm-content')!.getAttribute('aria-label')).to.equal('Config document (JSON)');
    await expect(el).to.be.accessible();
  });

  it('sends what the user types to the builder, and shows builder edits in the text', async () => {
    const el = await ruleEditor();
    const view = await openCodeEditor(el);
    select(view, ['routing', 'rules', 0, 'name']);
    await sendKeys({ type: '"renamed"' });
    await el.updateComplete;
    expect(field(el, 'routing.rules.0.name').value).to.equal('renamed');
    await click(el, q(el, '#tab-builder'));
    await typeInto(el, field(el, 'routing.rules.0.priority'), '42');
    expect(JSON.parse(view.state.doc.toString()).routing.rules[0].priority).to.equal(42);
  });

  it('undoes and redoes per action with Ctrl+Z and Ctrl+Y inside the code editor', async () => {
    const el = await ruleEditor();
    await typeInto(el, field(el, 'routing.rules.0.name'), 'first');
    const view = await openCodeEditor(el);
    select(view, ['routing', 'rules', 0, 'priority']);
    await sendKeys({ type: '77' });
    await el.updateComplete;
    expect(JSON.parse(view.state.doc.toString()).routing.rules[0].priority).to.equal(77);
    await withControl('z');
    await el.updateComplete;
    expect(JSON.parse(view.state.doc.toString()).routing.rules[0]).to.include({ name: 'first', priority: 10 });
    await withControl('z');
    await el.updateComplete;
    expect(JSON.parse(view.state.doc.toString()).routing.rules[0].name).to.equal('fintech-enterprise');
    await withControl('y');
    await el.updateComplete;
    expect(JSON.parse(view.state.doc.toString()).routing.rules[0].name).to.equal('first');
  });

  it('marks a typo on the text of the value it names, with the message, and the summary selects that text', async () => {
    const el = await ruleEditor();
    const view = await openCodeEditor(el);
    select(view, ['routing', 'rules', 0, 'event', 'params', 'station']);
    await sendKeys({ type: '"huntr"' });
    await el.updateComplete;
    const mark = q(el, '.cm-issue[data-issue="routing.rules.0.event.params.station"]')!;
    expect(text(mark)).to.equal('"huntr"');
    expect(mark.title).to.match(/^routing\.rules\[0\]\.event\.params\.station: .*huntr/);
    view.dispatch({ selection: { anchor: 0 } });
    await click(el, q(el, '[part="issue-link"]'));
    await waitUntil(() => view.hasFocus, 'the code editor takes focus');
    const { from, to } = view.state.selection.main;
    expect(view.state.sliceDoc(from, to)).to.equal('"huntr"');
    expect(q(el, '#panel-json')!.hidden, 'stays on the JSON tab').to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('marks where the text stops being JSON, and clears the marks once it is valid again', async () => {
    const el = await ruleEditor();
    const view = await openCodeEditor(el);
    view.focus();
    view.dispatch({ selection: { anchor: 1 } });
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(q(el, '.cm-issue[data-issue="json"]')).to.not.equal(null);
    expect(text(q(el, '[part="json-error"]'))).to.match(/line 1, column 2/);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(q(el, '.cm-issue')).to.equal(null);
    expect(el.valid).to.equal(true);
  });
});
