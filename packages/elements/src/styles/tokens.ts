import { css } from 'lit';

/**
 * The shared `--sales-line-*` tokens with their defaults. Colours use `light-dark()`, so the
 * host decides dark mode: `color-scheme: dark` on the page or an ancestor, or the `dark` /
 * `light` class on the element. Everything sits in `@layer sales-line`, so any host rule wins
 * without `!important`.
 */
export const tokens = css`
  @layer sales-line {
    :host {
      color-scheme: inherit;
      --_font: var(--sales-line-font, 14px/1.4 system-ui, sans-serif);
      --_space: var(--sales-line-space, 12px);
      --_radius: var(--sales-line-radius, 6px);
      --_text: var(--sales-line-color-text, light-dark(#1f2328, #e6edf3));
      --_muted: var(--sales-line-color-muted, light-dark(#59636e, #9198a1));
      --_surface: var(--sales-line-color-surface, light-dark(#f6f8fa, #0d1117));
      --_column: var(--sales-line-color-column, light-dark(#eaeef2, #161b22));
      --_card: var(--sales-line-color-card, light-dark(#ffffff, #21262d));
      --_border: var(--sales-line-color-border, light-dark(#d0d7de, #3d444d));
      --_accent: var(--sales-line-color-accent, light-dark(#0550ae, #4493f8));
      --_danger: var(--sales-line-color-danger, light-dark(#b3131f, #f85149));
      --_warning: var(--sales-line-color-warning, light-dark(#9a6700, #d29922));
      --_shadow: var(--sales-line-shadow, 0 8px 24px light-dark(rgb(31 35 40 / 0.2), rgb(0 0 0 / 0.6)));
    }
    :host(.dark) {
      color-scheme: dark;
    }
    :host(.light) {
      color-scheme: light;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
  }
`;
