import { SalesLineLeaderboard } from './leaderboard.component.ts';
import { defineElement } from '../define-element.ts';

defineElement('sales-line-leaderboard', SalesLineLeaderboard);

declare global {
  interface HTMLElementTagNameMap {
    'sales-line-leaderboard': SalesLineLeaderboard;
  }
}

export { SalesLineLeaderboard };
