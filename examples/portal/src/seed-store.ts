import { createSalesLine, type SalesLineConfig } from '@sales-line/core';
import type { Store } from './store.ts';
import { seedActivities, seedLeads, seedReps } from './seed.ts';

/** First start: publish the config and load a realistic company (reps, leads at every stage, a quarter of activities). */
export async function seedStore(store: Store, config: SalesLineConfig, options: { leads?: number } = {}): Promise<void> {
  if (store.publishedConfig()) return;
  const reps = seedReps(config);
  const line = createSalesLine(config, { reps, leads: seedLeads(config, reps, options.leads ?? 2000) });
  await line.idle();
  store.saveConfigVersion({ document: config, basedOn: null, status: 'published', author: 'seed' });
  store.commit({ state: line.getState(), audit: line.audit() });
  store.addActivities(seedActivities(reps));
}
