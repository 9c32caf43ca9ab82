import { SalesLineBenchmark } from './benchmark.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-benchmark', SalesLineBenchmark);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-benchmark': SalesLineBenchmark;
  }
}

export { SalesLineBenchmark };
