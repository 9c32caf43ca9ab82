// `pnpm start`: the demo portal on http://127.0.0.1:<port>/ with its data in ./.data (created and seeded on first start).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { Portal } from './portal.ts';
import { SqliteStore } from './sqlite-store.ts';
import { seedStore } from './seed-store.ts';
import { seedConfig } from './seed-config.ts';

const dataDir = process.env.SALES_LINE_DATA ?? fileURLToPath(new URL('../.data', import.meta.url));
mkdirSync(dataDir, { recursive: true });
const store = new SqliteStore(join(dataDir, 'portal.db'));
await seedStore(store, seedConfig);

const portal = new Portal(store);
const app = buildApp(portal);
// Deadlines fall due while nobody clicks: re-route what lapsed (every minute; 0 turns it off).
const tickSeconds = Number(process.env.SALES_LINE_TICK_SECONDS ?? 60);
const ticker = tickSeconds > 0 ? setInterval(() => void portal.run((line) => line.tick()), tickSeconds * 1000) : undefined;
const port = Number(process.env.PORT ?? 4321);
const address = await app.listen({ port, host: '127.0.0.1' });
console.log(`sales-line portal: ${address}/`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(ticker);
    void app.close().then(() => {
      store.close();
      process.exit(0);
    });
  });
}
