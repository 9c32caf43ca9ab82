import type { Scenario, ScenarioInput, StationId } from './scenario-schema.ts';
import { validateScenario } from './validate-scenario.ts';
import { SalesLineError } from '../errors.ts';
import { closerCapacityRatio, generalistMeetingsPerDay, leadYields, rampFactor, type LeadYields } from './funnel.ts';

/** One station's monthly capacity and load, both in the station's own unit. */
export interface StationCapacity {
  station: StationId | 'generalist';
  headcount: number;
  unit: 'leads' | 'touches' | 'meetings' | 'deals' | 'onboardings';
  /** headcount × throughput per person per day × workdays × ramp factor. */
  capacity: number;
  load: number;
  /** load / capacity (0 when the station has no capacity and no load). */
  utilisation: number;
  /** Leads a month the whole team could take in before this station is full (Infinity when it never fills). */
  leadCapacity: number;
  costPerMonth: number;
}

/** The monthly figures of one team (the line or the traditional team) in steady state. */
export interface TeamFigures {
  headcount: number;
  inboundLeads: number;
  outboundLeads: number;
  leadsWorked: number;
  conversations: number;
  meetingsSet: number;
  meetingsHeld: number;
  qualifiedDeals: number;
  /** Deals in their sales cycle at any time (Little's law). */
  dealsInCycle: number;
  parkedDeals: number;
  dealsWon: number;
  revenue: number;
  /** What the same customers pay a year later (net retention on the line, gross for generalists). */
  revenueYearTwo: number;
  cost: number;
  costPerMeeting: number;
  costPerWonDeal: number;
  profit: number;
  stations: StationCapacity[];
  /** The station that limits intake, or 'lead-supply' when every station has room left. */
  bottleneck: StationId | 'generalist' | 'lead-supply';
}

export interface CapacityModel {
  line: TeamFigures;
  traditional: TeamFigures;
  /** line ÷ traditional for each figure (Infinity or NaN where traditional is 0). */
  ratios: Record<'leadsWorked' | 'meetingsHeld' | 'dealsWon' | 'revenue' | 'cost' | 'profit' | 'costPerMeeting' | 'costPerWonDeal', number>;
  /** Meetings one closer can hold, specialist ÷ generalist: the "up to 7×" factor. */
  closerCapacityRatio: number;
}

const MONTH_DAYS = 365 / 12;

/** The deterministic steady-state model of the line beside the traditional team. Pure. */
export function capacityModel(input: ScenarioInput = {}): CapacityModel {
  const result = validateScenario(input);
  if (!result.ok) {
    throw new SalesLineError('invalid-scenario', 'Invalid scenario; see .issues.', { issues: result.issues });
  }
  const scenario = result.scenario;
  const line = lineFigures(scenario);
  const traditional = traditionalFigures(scenario);
  const ratio = (key: keyof CapacityModel['ratios']) => line[key] / traditional[key];
  return {
    line,
    traditional,
    ratios: {
      leadsWorked: ratio('leadsWorked'),
      meetingsHeld: ratio('meetingsHeld'),
      dealsWon: ratio('dealsWon'),
      revenue: ratio('revenue'),
      cost: ratio('cost'),
      profit: ratio('profit'),
      costPerMeeting: ratio('costPerMeeting'),
      costPerWonDeal: ratio('costPerWonDeal'),
    },
    closerCapacityRatio: closerCapacityRatio(scenario),
  };
}

interface Flow {
  inbound: number;
  outbound: number;
  conversations: number;
  meetingsSet: number;
  meetingsHeld: number;
  qualified: number;
  wonFirst: number;
  parked: number;
  revivedWins: number;
  overflow: number;
  bdWins: number;
  wins: number;
  loads: Record<StationId, number>;
}

/** Splits an intake of `q` leads a month: inbound first (it converts better and waits for nobody). */
function split(q: number, scenario: Scenario): { inbound: number; outbound: number } {
  const inbound = Math.min(q, scenario.leads.inboundPerMonth);
  return { inbound, outbound: Math.max(0, q - inbound) };
}

function lineFlow(q: number, scenario: Scenario, y: LeadYields): Flow {
  const { inbound, outbound } = split(q, scenario);
  const { conversion, hffc } = scenario;
  const hunters = scenario.line.hunter.headcount;
  const conversations = inbound * y.conversationsPerInbound + outbound * y.conversationsPerOutbound;
  const meetingsSet = conversations * conversion.conversationToMeeting;
  const meetingsHeld = inbound * y.heldPerInbound + outbound * y.heldPerOutbound;
  const qualified = meetingsHeld * (1 - conversion.firstMeetingDrop);
  const wonFirst = meetingsHeld * y.lineWinPerHeld;
  const stalled = (qualified - wonFirst) * hffc.share;
  // Steady state of the parked stock: inflow = recycled out + overflow, the stock capped per Hunter.
  const stockCap = hffc.capPerHunter * hunters;
  const parked = hffc.recycleRate > 0 ? Math.min(stockCap, stalled / hffc.recycleRate) : stockCap;
  const revived = parked * hffc.recycleRate;
  const overflow = Math.max(0, stalled - revived);
  const revivedWins = revived * y.lineWinPerQualified;
  const bdWins = overflow * y.baseWinPerQualified;
  const wins = wonFirst + revivedWins + bdWins;
  return {
    inbound,
    outbound,
    conversations,
    meetingsSet,
    meetingsHeld,
    qualified,
    wonFirst,
    parked,
    revivedWins,
    overflow,
    bdWins,
    wins,
    loads: {
      'lead-management': inbound + outbound,
      'lead-generation': inbound + outbound,
      hunter: meetingsHeld,
      'customer-management': wins,
      'business-development': overflow,
    },
  };
}

export const UNITS: Record<StationId, StationCapacity['unit']> = {
  'lead-management': 'leads',
  'lead-generation': 'touches',
  hunter: 'meetings',
  'customer-management': 'onboardings',
  'business-development': 'deals',
};

/** Throughput per person per workday, read from each station's own parameter. */
export const PER_DAY: Record<StationId, (scenario: Scenario) => number> = {
  'lead-management': (s) => s.line['lead-management'].leadsPerDay,
  'lead-generation': (s) => s.line['lead-generation'].dialsPerDay,
  hunter: (s) => s.line.hunter.meetingsPerDay,
  'customer-management': (s) => s.line['customer-management'].onboardingsPerDay,
  'business-development': (s) => s.line['business-development'].meetingsPerDay,
};

export function stationCapacity(scenario: Scenario, station: StationId): number {
  const params = scenario.line[station];
  return params.headcount * PER_DAY[station](scenario) * scenario.workdaysPerMonth * rampFactor(params);
}

function lineFigures(scenario: Scenario): TeamFigures {
  const y = leadYields(scenario);
  const supply = scenario.leads.inboundPerMonth + scenario.leads.outboundPerMonth;
  const stationIds = Object.keys(UNITS) as StationId[];
  const capacities = Object.fromEntries(stationIds.map((id) => [id, stationCapacity(scenario, id)])) as Record<StationId, number>;
  const leadCapacity = Object.fromEntries(
    stationIds.map((id) => [id, intakeAtCapacity((q) => lineFlow(q, scenario, y).loads[id], capacities[id], supply)]),
  ) as Record<StationId, number>;
  let bottleneck: TeamFigures['bottleneck'] = 'lead-supply';
  let intake = supply;
  for (const id of stationIds) {
    if (leadCapacity[id] < intake) {
      intake = leadCapacity[id];
      bottleneck = id;
    }
  }
  const flow = lineFlow(intake, scenario, y);
  const stations = stationIds.map((id): StationCapacity => {
    const params = scenario.line[id];
    return {
      station: id,
      headcount: params.headcount,
      unit: UNITS[id],
      capacity: capacities[id],
      load: flow.loads[id],
      utilisation: utilisation(flow.loads[id], capacities[id]),
      leadCapacity: leadCapacity[id],
      costPerMonth: (params.headcount * params.costPerHead) / 12,
    };
  });
  const cost = stations.reduce((sum, s) => sum + s.costPerMonth, 0);
  const revenue = flow.wins * scenario.dealValue;
  return {
    headcount: stations.reduce((sum, s) => sum + s.headcount, 0),
    inboundLeads: flow.inbound,
    outboundLeads: flow.outbound,
    leadsWorked: flow.inbound + flow.outbound,
    conversations: flow.conversations,
    meetingsSet: flow.meetingsSet,
    meetingsHeld: flow.meetingsHeld,
    qualifiedDeals: flow.qualified,
    dealsInCycle: flow.qualified * (scenario.cycleDays / MONTH_DAYS),
    parkedDeals: flow.parked,
    dealsWon: flow.wins,
    revenue,
    revenueYearTwo: revenue * scenario.retention.net,
    cost,
    costPerMeeting: cost / flow.meetingsHeld,
    costPerWonDeal: cost / flow.wins,
    profit: revenue - cost,
    stations,
    bottleneck,
  };
}

function traditionalFigures(scenario: Scenario): TeamFigures {
  const y = leadYields(scenario);
  const team = scenario.traditional;
  const supply = scenario.leads.inboundPerMonth + scenario.leads.outboundPerMonth;
  const capacity = team.headcount * generalistMeetingsPerDay(scenario) * scenario.workdaysPerMonth * rampFactor(team);
  const heldAt = (q: number) => {
    const { inbound, outbound } = split(q, scenario);
    return inbound * y.heldPerInbound + outbound * y.heldPerOutbound;
  };
  const leadCapacity = intakeAtCapacity(heldAt, capacity, supply);
  const intake = Math.min(supply, leadCapacity);
  const { inbound, outbound } = split(intake, scenario);
  const conversations = inbound * y.conversationsPerInbound + outbound * y.conversationsPerOutbound;
  const meetingsHeld = heldAt(intake);
  // No hold-for-future-close practice: a deal stalled at the end of its cycle is lost.
  const wins = meetingsHeld * scenario.conversion.winRate;
  const cost = (team.headcount * team.costPerHead) / 12;
  const revenue = wins * scenario.dealValue;
  const qualified = meetingsHeld * (1 - scenario.conversion.firstMeetingDrop);
  return {
    headcount: team.headcount,
    inboundLeads: inbound,
    outboundLeads: outbound,
    leadsWorked: inbound + outbound,
    conversations,
    meetingsSet: conversations * scenario.conversion.conversationToMeeting,
    meetingsHeld,
    qualifiedDeals: qualified,
    dealsInCycle: qualified * (scenario.cycleDays / MONTH_DAYS),
    parkedDeals: 0,
    dealsWon: wins,
    revenue,
    revenueYearTwo: revenue * scenario.retention.gross,
    cost,
    costPerMeeting: cost / meetingsHeld,
    costPerWonDeal: cost / wins,
    profit: revenue - cost,
    stations: [
      {
        station: 'generalist',
        headcount: team.headcount,
        unit: 'meetings',
        capacity,
        load: meetingsHeld,
        utilisation: utilisation(meetingsHeld, capacity),
        leadCapacity,
        costPerMonth: cost,
      },
    ],
    bottleneck: leadCapacity < supply ? 'generalist' : 'lead-supply',
  };
}

function utilisation(load: number, capacity: number): number {
  if (capacity > 0) return load / capacity;
  return load > 0 ? Infinity : 0;
}

/**
 * The largest intake (leads a month, up to `limit`) whose load stays within `capacity`.
 * Loads only grow with intake but the parked-deal cap makes some of them piecewise linear,
 * so the answer is found by bisection rather than by division.
 */
function intakeAtCapacity(load: (q: number) => number, capacity: number, limit: number): number {
  if (load(limit) <= capacity * (1 + 1e-12)) return Infinity;
  let low = 0;
  let high = limit;
  // Halve until the two ends are adjacent doubles (~60 steps), so linear cases come out exact.
  for (let i = 0; i < 2_000; i++) {
    const mid = (low + high) / 2;
    if (mid === low || mid === high) break;
    if (load(mid) <= capacity) low = mid;
    else high = mid;
  }
  return low;
}
