import { SalesLineCapacity } from './capacity.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-capacity', SalesLineCapacity);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-capacity': SalesLineCapacity;
  }
}

export { SalesLineCapacity };
