import { createSalesLine, type SalesLineConfig } from '@sales-line/core';
import type { Store } from './store.ts';

const DAY = 86_400_000;
import { seedActivities, seedLeads, seedReps } from './seed.ts';

/** First start: publish the config and load a realistic company (reps, leads at every stage, a quarter of activities). */
export async function seedStore(store: Store, config: SalesLineConfig, options: { leads?: number; now?: number } = {}): Promise<void> {
  if (store.publishedConfig()) return;
  const reps = seedReps(config);
  const leads = seedLeads(config, reps, options.leads ?? 2000);
  // Import the leads over the past four weeks, so the board shows real ages and deadlines.
  const days = 28;
  const now = options.now ?? Date.now();
  let time = now - days * DAY;
  const line = createSalesLine(config, { reps, clock: () => time });
  for (let day = 0; day < days; day++) {
    time = now - (days - day) * DAY;
    await line.addLeads(leads.filter((_, index) => index % days === day));
  }
  store.saveConfigVersion({ document: config, basedOn: null, status: 'published', author: 'seed' });
  store.commit({ state: line.getState(), audit: line.audit() });
  store.addActivities(seedActivities(reps, 91, now));
}
