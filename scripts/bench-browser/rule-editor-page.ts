// The rule editor's benchmark page: bundled on the fly from the sources by rule-editor.mjs.
import { parseConfig } from '@sales-line/core';
import { SalesLineRuleEditor } from '../../packages/elements/src/rule-editor/rule-editor.component.ts';
import { defineElement } from '../../packages/elements/src/define-element.ts';
import { generateLeads, realisticRules, routingConfig } from '../../packages/core/test/fixtures/rules.ts';

defineElement('sales-line-rule-editor', SalesLineRuleEditor);

const base = realisticRules();
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const settled = async (editor: SalesLineRuleEditor) => {
  await editor.updateComplete;
  await frame();
};
let editor: SalesLineRuleEditor | undefined;

const bench = {
  /** Mounts an editor on `rules` rules and `leads` sample leads: ms until its first render is painted. */
  async mount(rules: number, leads: number): Promise<number> {
    editor?.remove();
    const config = parseConfig(routingConfig(Array.from({ length: rules }, (_, i) => ({ ...base[i % base.length]!, name: `${base[i % base.length]!.name}-${i}` }))));
    const samples = generateLeads(leads, 7).map(({ lead }) => lead);
    const start = performance.now();
    editor = document.createElement('sales-line-rule-editor') as SalesLineRuleEditor;
    editor.config = config;
    editor.sampleLeads = samples;
    document.body.append(editor);
    await settled(editor);
    return performance.now() - start;
  },
  /** Types one character into the middle rule's name: ms until that keystroke is painted. */
  async keystroke(): Promise<number> {
    const rules = editor!.shadowRoot!.querySelectorAll<HTMLInputElement>('input.rule-name');
    const input = rules[Math.floor(rules.length / 2)]!;
    const start = performance.now();
    input.value += 'x';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await settled(editor!);
    return performance.now() - start;
  },
  /** ms until the dry run and the replay left for the pause after typing are painted (0 when nothing waits). */
  async pause(): Promise<number> {
    const start = performance.now();
    const root = editor!.shadowRoot!;
    while (root.querySelector('[part="checking"]') || !root.querySelector('[part="replay"]')) await frame();
    return performance.now() - start;
  },
};
Object.assign(window, { bench });
