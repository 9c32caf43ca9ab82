import { SalesLineBoard } from './board.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-board', SalesLineBoard);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-board': SalesLineBoard;
  }
}

export { SalesLineBoard };
