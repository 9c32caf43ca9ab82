import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.ts';

/**
 * `parseArgs`, refusing an option given twice: keeping one value would make
 * `--leads a.csv --leads b.csv` route b alone and drop a's leads without a word.
 */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T) {
  const parsed = parseArgs({ ...config, tokens: true });
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    if (seen.has(token.name)) throw new UsageError(`--${token.name} is given more than once; each option is given once (to read several files, join them into one first)`);
    seen.add(token.name);
  }
  return parsed;
}
