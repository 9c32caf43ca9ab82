import { SalesLineRouteTrace } from './route-trace.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-route-trace', SalesLineRouteTrace);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-route-trace': SalesLineRouteTrace;
  }
}

export { SalesLineRouteTrace };
