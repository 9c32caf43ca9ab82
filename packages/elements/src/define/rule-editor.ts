export { SalesLineRuleEditor } from '../rule-editor/rule-editor.ts';
