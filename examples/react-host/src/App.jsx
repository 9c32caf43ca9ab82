import { useState } from 'react';
import { createSalesLine, parseConfig } from '@sales-line/core';
import '@sales-line/elements/define';

const config = parseConfig({
  version: 1,
  line: {
    stations: [
      { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'] },
      { id: 'hunter', name: 'Hunter', stages: ['meeting-held', 'proposal'] },
    ],
    terminal: ['lost'],
    transitions: [
      { from: 'new', to: 'contacted' },
      { from: 'contacted', to: 'meeting-set' },
      { from: 'meeting-set', to: 'meeting-held' },
    ],
  },
  routing: { fallback: { station: 'lead-generation' } },
});

const reps = [{ id: 'ana', name: 'Ana Ruiz', station: 'lead-generation' }];
const leads = [
  { id: 'L-1', name: 'Acme Corp', stage: 'new', ownerId: 'ana' },
  { id: 'L-2', name: 'Globex', stage: 'contacted', ownerId: 'ana' },
];
// A live line: the board subscribes to it, and every move is asked of it.
const line = createSalesLine(config, { reps, leads });

// React 19 sets object props on custom elements as properties and listens to custom events
// as `on` + the exact event name: no wrapper needed.
export function App() {
  const [lastMove, setLastMove] = useState('none');
  return (
    <main>
      <h1>Pipeline</h1>
      <sales-line-board
        line={line}
        onsales-line-move={(event) => setLastMove(`${event.detail.leadId} → ${event.detail.to}`)}
      />
      <p>
        Last move: <output id="last-move">{lastMove}</output>
      </p>
    </main>
  );
}
