import type { SalesLineConfig } from '../config-schema.ts';
import { deepFreeze } from './deep-freeze.ts';

const hasValue = { all: [{ fact: 'value', operator: 'greaterThan', value: 0 }] };

/**
 * The reference sales assembly line (DESIGN §1): lead management loads and cleans batches,
 * SDRs in lead generation set meetings, Hunters close, customer management keeps and renews
 * customers, business development re-works recycled deals. A won deal is not a terminal
 * stage: it is the hand-off from the Hunter's `negotiation` into customer management's
 * `onboarding`. Frozen: copy it (`structuredClone`) to change it.
 */
export const assemblyLine: SalesLineConfig = deepFreeze({
  version: 1,
  line: {
    stations: [
      { id: 'lead-management', name: 'Lead management', stages: ['imported', 'cleaning'], queue: 'import-batches' },
      { id: 'lead-generation', name: 'Lead generation', stages: ['new', 'contacted', 'meeting-set'], queue: 'unassigned' },
      {
        id: 'hunter',
        name: 'Hunter',
        stages: ['meeting-held', 'proposal', 'negotiation', 'hold-for-future-close'],
        // CrossBorder caps hold-for-future-close at 140 deals per Hunter; the overflow goes back to SDRs.
        wipLimits: [{ stage: 'hold-for-future-close', perRep: 140, overflowTo: 'new' }],
      },
      { id: 'customer-management', name: 'Customer management', stages: ['onboarding', 'active-customer', 'renewal-due'] },
      { id: 'business-development', name: 'Business development', stages: ['recycled', 'bd-meeting', 'bd-proposal'] },
    ],
    terminal: ['lost', 'disqualified', 'churned'],
    transitions: [
      { from: 'imported', to: 'cleaning' },
      { from: 'imported', to: 'disqualified' },
      { from: 'cleaning', to: 'new', name: 'ready for calling' },
      { from: 'cleaning', to: 'disqualified' },
      { from: 'new', to: 'contacted' },
      { from: 'new', to: 'disqualified' },
      { from: 'contacted', to: 'meeting-set' },
      { from: 'contacted', to: 'disqualified' },
      { from: 'meeting-set', to: 'meeting-held', name: 'hand-off to a Hunter' },
      { from: 'meeting-set', to: 'contacted', name: 'no-show' },
      { from: 'meeting-held', to: 'proposal', name: 'proposal needs a deal value', conditions: hasValue },
      { from: 'meeting-held', to: 'hold-for-future-close' },
      { from: 'meeting-held', to: 'lost' },
      { from: 'proposal', to: 'negotiation' },
      { from: 'proposal', to: 'hold-for-future-close' },
      { from: 'proposal', to: 'lost' },
      { from: 'negotiation', to: 'onboarding', name: 'won', conditions: hasValue },
      { from: 'negotiation', to: 'hold-for-future-close' },
      { from: 'negotiation', to: 'lost' },
      { from: 'hold-for-future-close', to: 'proposal', name: 'timing is right again' },
      { from: 'hold-for-future-close', to: 'recycled', name: 'recycle to business development' },
      { from: 'hold-for-future-close', to: 'new', name: 'overflow back to lead generation' },
      { from: 'hold-for-future-close', to: 'lost' },
      { from: 'recycled', to: 'bd-meeting' },
      { from: 'recycled', to: 'lost' },
      { from: 'bd-meeting', to: 'bd-proposal', conditions: hasValue },
      { from: 'bd-meeting', to: 'lost' },
      { from: 'bd-proposal', to: 'onboarding', name: 'won', conditions: hasValue },
      { from: 'bd-proposal', to: 'lost' },
      { from: 'onboarding', to: 'active-customer' },
      { from: 'onboarding', to: 'churned' },
      { from: 'active-customer', to: 'renewal-due' },
      { from: 'active-customer', to: 'bd-meeting', name: 'expansion' },
      { from: 'active-customer', to: 'churned' },
      { from: 'renewal-due', to: 'active-customer', name: 'renewed' },
      { from: 'renewal-due', to: 'churned' },
      { from: 'lost', to: 'recycled', name: 'win back' },
    ],
    deadlines: [
      // Inbound leads called within minutes are far likelier to be reached (MIT/InsideSales).
      { stage: 'new', within: 'PT5M', then: 'reroute' },
      { stage: 'contacted', within: 'P14D', then: 'reroute' },
      { stage: 'meeting-set', within: 'P14D', then: 'move', to: 'contacted' },
      { stage: 'imported', within: 'P1D', then: 'reroute' },
      { stage: 'cleaning', within: 'P3D', then: 'reroute' },
      { stage: 'proposal', within: 'P45D', then: 'move', to: 'hold-for-future-close' },
      { stage: 'hold-for-future-close', within: 'P180D', then: 'move', to: 'recycled' },
      { stage: 'recycled', within: 'P30D', then: 'reroute' },
      { stage: 'renewal-due', within: 'P30D', then: 'reroute' },
    ],
  },
  routing: {
    conditions: {
      isInbound: { all: [{ fact: 'source', operator: 'in', value: ['inbound', 'web-form', 'chat', 'demo-request'] }] },
      isEnterprise: { all: [{ fact: 'employees', operator: 'greaterThanInclusive', value: 500 }] },
      isHandoff: { all: [{ fact: 'trigger', operator: 'equal', value: 'handoff' }] },
    },
    rules: [
      {
        name: 'existing-customers-to-customer-management',
        priority: 100,
        conditions: {
          all: [
            { fact: 'accountStatus', operator: 'equal', value: 'customer' },
            { fact: 'trigger', operator: 'equal', value: 'enter' },
          ],
        },
        event: { type: 'route', params: { station: 'customer-management', stage: 'active-customer', strategy: 'least-loaded' } },
      },
      {
        name: 'recycled-hold-for-future-close-to-business-development',
        priority: 95,
        conditions: {
          any: [
            { all: [{ fact: 'trigger', operator: 'equal', value: 'deadline' }, { fact: 'fromStage', operator: 'equal', value: 'hold-for-future-close' }] },
            { fact: 'toStage', operator: 'equal', value: 'recycled' },
          ],
        },
        event: { type: 'route', params: { station: 'business-development', stage: 'recycled', strategy: 'round-robin' } },
      },
      {
        name: 'stale-sdr-leads-to-another-sdr',
        priority: 90,
        conditions: {
          all: [
            { fact: 'trigger', operator: 'equal', value: 'deadline' },
            { fact: 'fromStage', operator: 'in', value: ['new', 'contacted'] },
          ],
        },
        event: { type: 'route', params: { station: 'lead-generation', stage: 'new', strategy: 'round-robin', queue: 'unassigned' } },
      },
      {
        name: 'imported-batches-to-lead-management',
        priority: 80,
        conditions: { all: [{ fact: 'source', operator: 'equal', value: 'import' }] },
        event: { type: 'route', params: { station: 'lead-management', stage: 'imported', strategy: 'queue', queue: 'import-batches' } },
      },
      {
        name: 'enterprise-fintech-to-fintech-hunters',
        priority: 70,
        conditions: {
          all: [
            { condition: 'isHandoff' },
            { fact: 'toStation', operator: 'equal', value: 'hunter' },
            { fact: 'industry', operator: 'equal', value: 'fintech' },
            { condition: 'isEnterprise' },
          ],
        },
        event: { type: 'route', params: { station: 'hunter', stage: 'meeting-held', pool: { team: 'fintech' }, strategy: 'round-robin' } },
      },
      {
        name: 'meetings-to-hunters',
        priority: 60,
        conditions: { all: [{ condition: 'isHandoff' }, { fact: 'toStation', operator: 'equal', value: 'hunter' }] },
        event: { type: 'route', params: { station: 'hunter', stage: 'meeting-held', strategy: 'least-loaded' } },
      },
      {
        name: 'won-deals-to-customer-management',
        priority: 60,
        conditions: { all: [{ condition: 'isHandoff' }, { fact: 'toStation', operator: 'equal', value: 'customer-management' }] },
        event: { type: 'route', params: { station: 'customer-management', stage: 'onboarding', strategy: 'round-robin' } },
      },
      {
        name: 'expansions-to-business-development',
        priority: 60,
        conditions: { all: [{ condition: 'isHandoff' }, { fact: 'toStation', operator: 'equal', value: 'business-development' }] },
        event: { type: 'route', params: { station: 'business-development', strategy: 'round-robin' } },
      },
      {
        name: 'cleaned-leads-to-sdrs',
        priority: 60,
        conditions: { all: [{ condition: 'isHandoff' }, { fact: 'toStation', operator: 'equal', value: 'lead-generation' }] },
        event: { type: 'route', params: { station: 'lead-generation', stage: 'new', strategy: 'round-robin', queue: 'unassigned' } },
      },
      {
        name: 'inbound-leads-to-the-next-sdr',
        priority: 50,
        conditions: { all: [{ condition: 'isInbound' }] },
        event: { type: 'route', params: { station: 'lead-generation', stage: 'new', strategy: 'round-robin', queue: 'unassigned' } },
      },
    ],
    fallback: { station: 'lead-generation', stage: 'new', queue: 'unassigned' },
  },
});
