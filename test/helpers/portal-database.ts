import { createRequire } from 'node:module';
import { join } from 'node:path';
import { testDir } from './node-process.ts';

interface Database {
  pragma(source: string, options?: { simple: boolean }): unknown;
  prepare(source: string): { all(...params: unknown[]): unknown[]; run(...params: unknown[]): unknown };
  close(): void;
}

/** better-sqlite3 as the portal resolves it, so a test can read the database file behind the server's back. */
const Database = createRequire(join(testDir, '..', 'examples', 'portal', 'package.json'))('better-sqlite3') as new (file: string) => Database;

/** Opens a portal's database file (`<dataDir>/portal.db`, or a file path ending in `.db`). */
export function openPortalDatabase(path: string): Database {
  return new Database(path.endsWith('.db') ? path : join(path, 'portal.db'));
}
