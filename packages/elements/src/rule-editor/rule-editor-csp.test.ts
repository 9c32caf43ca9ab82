import { expect, waitUntil } from '@open-wc/testing';

/**
 * Under a strict Content Security Policy (no eval, no inline scripts or styles) the editor and
 * its lazily loaded code editor work and are styled: Lit and CodeMirror both style the shadow
 * root through adopted style sheets, which the policy allows. The policy is set before the
 * editor's modules load, so all of them run under it.
 */
describe('<sales-line-rule-editor> under a strict CSP', () => {
  const violations: SecurityPolicyViolationEvent[] = [];

  before(() => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event));
  });

  it('loads, opens the code editor and marks an issue, all styled, with no eval and no inline style', async function () {
    this.timeout(30_000);
    expect(() => new Function('return 1'), 'the policy is in force').to.throw();
    const { click, q, ruleEditor } = await import('../../test/rule-editor-fixtures.ts');
    const el = await ruleEditor();
    await click(el, q(el, '#tab-json'));
    await waitUntil(() => q(el, '.cm-editor') !== null, 'the code editor loads', { timeout: 20_000 });
    const { EditorView } = await import('@codemirror/view');
    const view = EditorView.findFromDOM(q(el, '.cm-editor')!)!;
    const at = view.state.doc.toString().lastIndexOf('"hunter"');
    view.dispatch({ changes: { from: at, to: at + 8, insert: '"huntr"' } });
    await el.updateComplete;
    await click(el, q(el, '[part="issue-link"]'));
    await waitUntil(() => q(el, '.cm-issue') !== null, 'the typo is marked and shown');
    const mark = q(el, '.cm-issue')!;
    expect(getComputedStyle(q(el, '.cm-editor')!).display, "CodeMirror's own styles apply").to.equal('flex');
    expect(getComputedStyle(mark).textDecorationStyle, "the editor's theme applies").to.equal('wavy');
    expect(getComputedStyle(q(el, '.toolbar')!).display, "the element's styles apply").to.equal('flex');
    // Expected reports: this test's own probe above, and zod's, which checks once whether it may compile
    // validators with `new Function`, catches the refusal and validates without (core's dependency).
    const ours = violations.filter((event) => !/\/zod\/|rule-editor-csp\.test/.test(event.sourceFile));
    expect(ours.map((event) => `${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`)).to.deep.equal([]);
  });
});
