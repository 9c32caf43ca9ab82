// Writes packages/core/schema/config.schema.json from the zod schemas.
// Run: pnpm exec tsx --conditions=source scripts/write-schema.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchemaText } from '../packages/core/src/config/config-json-schema.ts';

const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'core', 'schema', 'config.schema.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target}`);
