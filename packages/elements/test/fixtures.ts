import { parseConfig } from '@sales-line/core';

const config = parseConfig({
  version: 1,
  line: {
    stations: [
      { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted'] },
      { id: 'hunter', name: 'Hunter', stages: ['meeting-held', 'proposal'] },
    ],
    terminal: ['lost'],
  },
  routing: { fallback: { station: 'lead-generation' } },
});

export const presetsForTests = {
  config,
  leads: [
    { id: 'l1', name: 'Acme', stage: 'new' },
    { id: 'l2', name: 'Globex', stage: 'new' },
    { id: 'l3', name: 'Initech', stage: 'proposal' },
  ],
};
