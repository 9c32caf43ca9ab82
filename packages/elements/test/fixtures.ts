import { parseConfig, type Lead, type Rep, type SalesLineConfig } from '@sales-line/core';

/** A fixed "now" for every board test: 2026-03-02 09:00 UTC. */
export const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
export const HOUR = 3_600_000;

/**
 * Two stations, a terminal stage, declared transitions (meeting-set → meeting-held guarded
 * unless `guarded: false`), WIP limits and a deadline.
 */
export function boardConfig({ guarded = true }: { guarded?: boolean } = {}): SalesLineConfig {
  return parseConfig({
    version: 1,
    line: {
      stations: [
        { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'], wipLimits: [{ stage: 'contacted', total: 2 }] },
        {
          id: 'hunter',
          name: 'Hunter',
          stages: ['meeting-held', 'proposal', 'hold-for-future-close'],
          wipLimits: [{ stage: 'hold-for-future-close', perRep: 1 }],
        },
      ],
      terminal: ['lost'],
      transitions: [
        { from: 'new', to: 'contacted' },
        { from: 'new', to: 'lost' },
        { from: 'contacted', to: 'meeting-set' },
        { from: 'contacted', to: 'lost' },
        {
          from: 'meeting-set',
          to: 'meeting-held',
          name: 'meeting-held-needs-budget',
          ...(guarded ? { conditions: { all: [{ fact: 'value', operator: 'greaterThanInclusive', value: 1000 }] } } : {}),
        },
        { from: 'meeting-held', to: 'proposal' },
        { from: 'proposal', to: 'hold-for-future-close' },
        { from: 'proposal', to: 'lost' },
      ],
      deadlines: [{ stage: 'new', within: 'PT4H', then: 'reroute' }],
    },
    routing: { fallback: { station: 'lead-generation' } },
  });
}

export function boardReps(): Rep[] {
  return [
    { id: 'r-sam', name: 'Sam SDR', station: 'lead-generation' },
    { id: 'r-dana', name: 'Dana Hunter', station: 'hunter' },
  ];
}

/**
 * Acme is new (deadline in 30 min: due soon), Globex is new (overdue), Initech is contacted,
 * Umbrella has its meeting set (value too small for the guarded transition), Hooli's too
 * (value big enough); Dana holds two deals where one per rep is allowed (over the limit).
 */
export function boardLeads(): Lead[] {
  return [
    { id: 'l-acme', name: 'Acme', company: 'Acme Corp', value: 12000, stage: 'new', ownerId: 'r-sam', stageEnteredAt: NOW - 3.5 * HOUR, dueAt: NOW + 0.5 * HOUR },
    { id: 'l-globex', name: 'Globex', company: 'Globex Inc', value: 800, stage: 'new', ownerId: 'r-sam', stageEnteredAt: NOW - 5 * HOUR, dueAt: NOW - HOUR },
    { id: 'l-initech', name: 'Initech', company: 'Initech LLC', value: 5000, stage: 'contacted', ownerId: 'r-sam', stageEnteredAt: NOW - 26 * HOUR },
    { id: 'l-umbrella', name: 'Umbrella', company: 'Umbrella plc', value: 500, stage: 'meeting-set', ownerId: 'r-sam', stageEnteredAt: NOW - 2 * HOUR },
    { id: 'l-hooli', name: 'Hooli', company: 'Hooli', value: 250000, stage: 'meeting-set', ownerId: 'r-sam', stageEnteredAt: NOW - HOUR },
    { id: 'l-stark', name: 'Stark', company: 'Stark Industries', value: 90000, stage: 'hold-for-future-close', ownerId: 'r-dana', stageEnteredAt: NOW - 240 * HOUR },
    { id: 'l-wayne', name: 'Wayne', company: 'Wayne Enterprises', value: 70000, stage: 'hold-for-future-close', ownerId: 'r-dana', stageEnteredAt: NOW - 48 * HOUR },
  ];
}

export const hostile = '<img src=x onerror="window.__pwned=1">';

/** Kept for the first board test. */
export const presetsForTests = {
  config: boardConfig(),
  leads: boardLeads(),
};
