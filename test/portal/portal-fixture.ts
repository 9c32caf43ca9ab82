import { buildApp } from '../../examples/portal/src/app.ts';
import { Portal } from '../../examples/portal/src/portal.ts';
import { SqliteStore } from '../../examples/portal/src/sqlite-store.ts';
import { seedStore } from '../../examples/portal/src/seed-store.ts';
import { seedConfig } from '../../examples/portal/src/seed-config.ts';

/** A seeded portal on a database file (or in memory), driven through fastify's inject. */
export async function portalFixture(file = ':memory:', options: { leads?: number } = {}) {
  const store = new SqliteStore(file);
  await seedStore(store, seedConfig, { leads: options.leads ?? 200 });
  const portal = new Portal(store);
  const app = buildApp(portal);
  const request = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const response = await app.inject({ method, url, ...(payload === undefined ? {} : { payload: payload as object }) });
    return { status: response.statusCode, body: response.json() as Record<string, any> };
  };
  return { store, portal, app, request, close: async () => { await app.close(); store.close(); } };
}
