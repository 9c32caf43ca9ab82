// `@sales-line/core/schema`: the config's JSON Schema, generated from the zod schema (editors, the CLI's `schema`).
export { configJsonSchema } from './config/config-json-schema.ts';
