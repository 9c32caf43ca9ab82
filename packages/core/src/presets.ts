/**
 * The reference assembly line and the traditional one-station line.
 *
 * @module @sales-line/core/presets
 */
export { presets } from './config/presets/presets.ts';
