/**
 * The config's JSON Schema, generated from the zod schema (editors, the CLI's `schema`).
 *
 * @module @sales-line/core/schema
 */
export { configJsonSchema } from './config/config-json-schema.ts';
