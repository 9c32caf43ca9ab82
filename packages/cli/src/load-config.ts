import { SalesLineError, parseConfig, type SalesLineConfig } from '@sales-line/core';
import { UsageError, readJsonFile, type CliIO } from './io.ts';

/** Reads and validates a config file; an invalid one stops the command with a pointer to `validate`. */
export async function loadConfig(io: CliIO, file: string): Promise<SalesLineConfig> {
  try {
    return parseConfig(await readJsonFile(io, file));
  } catch (error) {
    if (!(error instanceof SalesLineError)) throw error;
    throw new UsageError(`${file} is not a valid config (run \`sales-line validate ${file}\`): ${error.message}`);
  }
}
