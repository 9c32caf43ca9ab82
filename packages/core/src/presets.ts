// `@sales-line/core/presets`: the reference assembly line and the traditional one-station line.
export { presets } from './config/presets/presets.ts';
