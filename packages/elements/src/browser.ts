// The self-contained browser module: every element defined, plus core's API, so a plain page
// needs this one file: `import { createSalesLine, presets } from '…/sales-line-elements.min.js'`.
export * from './define/all.ts';
export * from '@sales-line/core';
