import { SalesLineRuleEditor } from './rule-editor.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-rule-editor', SalesLineRuleEditor);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-rule-editor': SalesLineRuleEditor;
  }
}

export { SalesLineRuleEditor };
