import { SalesLineCareerPath } from './career-path.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-career-path', SalesLineCareerPath);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-career-path': SalesLineCareerPath;
  }
}

export { SalesLineCareerPath };
