import { fixture, html } from '@open-wc/testing';
import { parseConfig, type Lead, type Rep, type SalesLineConfig } from '@sales-line/core';
import type { SalesLineRuleEditor } from '../src/rule-editor/rule-editor.component.ts';
import '../src/rule-editor/rule-editor.ts';

/** Two stations (lead generation, hunter), one rule sending big fintech leads to hunters, and the fallback. */
export function editorConfig(): SalesLineConfig {
  return parseConfig({
    version: 1,
    line: {
      stations: [
        { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted'] },
        { id: 'hunter', name: 'Hunter', stages: ['meeting-held', 'proposal'] },
      ],
    },
    routing: {
      rules: [
        {
          name: 'fintech-enterprise',
          priority: 10,
          conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'fintech' }, { fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] },
          event: { type: 'route', params: { station: 'hunter', pool: { team: 'fintech' } } },
        },
      ],
      fallback: { station: 'lead-generation' },
    },
  });
}

/** Acme is big fintech (hunter), Globex is small retail (fallback), Initech is big retail. */
export function editorLeads(): Lead[] {
  return [
    { id: 'l-acme', name: 'Acme', industry: 'fintech', employees: 1200, tags: ['vip'] },
    { id: 'l-globex', name: 'Globex', industry: 'retail', employees: 40, tags: [] },
    { id: 'l-initech', name: 'Initech', industry: 'retail', employees: 900, tags: [] },
  ];
}

/** Dana hunts fintech, Eli and Finn hunt retail, Sam generates leads (in no team). */
export function editorReps(): Rep[] {
  return [
    { id: 'r-dana', name: 'Dana', station: 'hunter', team: 'fintech' },
    { id: 'r-eli', name: 'Eli', station: 'hunter', team: 'retail' },
    { id: 'r-finn', name: 'Finn', station: 'hunter', team: 'retail' },
    { id: 'r-sam', name: 'Sam', station: 'lead-generation' },
  ];
}

export async function ruleEditor(options: { config?: SalesLineConfig; leads?: Lead[]; reps?: Rep[] } = {}): Promise<SalesLineRuleEditor> {
  return fixture<SalesLineRuleEditor>(
    html`<sales-line-rule-editor lang="en-US" .config=${options.config ?? editorConfig()} .sampleLeads=${options.leads ?? editorLeads()} .reps=${options.reps ?? []}></sales-line-rule-editor>`,
  );
}

export const q = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const qa = <T extends HTMLElement = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
export const field = <T extends HTMLElement = HTMLInputElement>(el: HTMLElement, path: string) => q<T>(el, `[data-path="${path}"]`)!;
export const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Types into an input the way a user does: one input event per keystroke. */
export async function typeInto(el: SalesLineRuleEditor, input: HTMLInputElement | HTMLTextAreaElement, value: string, { clear = true } = {}) {
  if (clear) input.value = '';
  for (const char of value) {
    input.value += char;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

/** Picks an option of a select and fires `change`. */
export async function choose(el: SalesLineRuleEditor, select: HTMLSelectElement, value: string) {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: SalesLineRuleEditor, target: HTMLElement | null) {
  target!.click();
  await el.updateComplete;
}
