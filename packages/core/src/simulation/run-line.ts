import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { PER_DAY, UNITS } from './capacity-model.ts';
import { leadYields, rampFactor } from './funnel.ts';
import { createRandom } from './random.ts';
import { STATION_IDS, type Scenario, type StationId } from './scenario-schema.ts';
import type { SimulationLine, SimulationLineFactory, SimulationStages } from './simulation-line.ts';
import { createRunLedger } from './run-ledger.ts';
import type { RunResult } from './simulation-result.ts';

const DAY_MS = 86_400_000;

interface SimLead {
  id: string;
  kind: 'inbound' | 'outbound';
  station: string;
  owner: string | null;
  /** First workday the lead's next step can happen (a meeting booked today is held tomorrow). */
  readyDay: number;
}

export interface RunOptions {
  seed: number;
  days: number;
  createLine: SimulationLineFactory;
  stages: SimulationStages;
  /** Epoch ms of day 0. */
  start: number;
}

/** The people of the line, named after their station: `hunter-1`, `hunter-2`, … */
export function staffLine(scenario: Scenario): Rep[] {
  return STATION_IDS.flatMap((station) =>
    Array.from({ length: scenario.line[station].headcount }, (_, i): Rep => ({
      id: `${station}-${i + 1}`,
      name: `${station} ${i + 1}`,
      station,
      status: 'active',
    })),
  );
}

/** One seeded run of the line, day by day, every hand-off routed by the line itself. */
export async function runLine(scenario: Scenario, options: RunOptions): Promise<RunResult> {
  const random = createRandom(options.seed);
  const y = leadYields(scenario);
  const { conversion, hffc, workdaysPerMonth: W } = scenario;
  const stages = options.stages;
  const reps = staffLine(scenario);
  let now = options.start;
  const line: SimulationLine = options.createLine({ reps, clock: () => now });

  const repsOf = new Map<string, string[]>(STATION_IDS.map((id) => [id, []]));
  for (const rep of reps) repsOf.get(rep.station)?.push(rep.id);
  const perRepDay = Object.fromEntries(
    STATION_IDS.map((id) => [id, PER_DAY[id](scenario) * rampFactor(scenario.line[id])]),
  ) as Record<StationId, number>;
  const ownQueue = new Map<string, SimLead[]>(reps.map((r) => [r.id, []]));
  const stationQueue = new Map<string, SimLead[]>(STATION_IDS.map((id) => [id, []]));
  const credit = new Map<string, number>(reps.map((r) => [r.id, 0]));
  const done: Record<StationId, number> = Object.fromEntries(STATION_IDS.map((id) => [id, 0])) as Record<StationId, number>;
  const queueSum: Record<string, number> = {};
  const queueMax: Record<string, number> = {};
  const decisionsDue = new Map<number, SimLead[]>();
  const parked = new Map<string, SimLead[]>();
  const costPerDay = STATION_IDS.reduce((sum, id) => sum + scenario.line[id].headcount * scenario.line[id].costPerHead, 0) / 12 / W;
  const ledger = createRunLedger(line, W, costPerDay);
  const { totals } = ledger;
  const cycleWorkdays = Math.max(1, Math.round((scenario.cycleDays * W * 12) / 365));
  const reviveToday = 1 - Math.pow(1 - hffc.recycleRate, 1 / W);
  let loadedRecords = 0;
  let nextId = 0;
  let day = 0;

  /**
   * Queues a lead for the station that does its next step. The line's decision says who; when the
   * config sends it to a station that cannot do that step, the step's own station takes it unowned.
   */
  function place(lead: SimLead, decision: RoutingDecision | undefined, readyDay: number, stations: readonly StationId[]): void {
    const station = decision?.station ?? lead.station;
    if ((stations as readonly string[]).includes(station)) {
      lead.station = station;
      if (decision !== undefined) lead.owner = decision.repId;
    } else {
      lead.station = stations[0] as StationId;
      lead.owner = null;
    }
    lead.readyDay = readyDay;
    const queue = (lead.owner !== null ? ownQueue.get(lead.owner) : undefined) ?? stationQueue.get(lead.station);
    queue?.push(lead);
  }

  const move = (lead: SimLead, stage: string) => ledger.move(lead.id, stage);

  async function lose(lead: SimLead): Promise<void> {
    await move(lead, stages.lost);
  }

  async function enter(leads: SimLead[], queue: boolean): Promise<void> {
    if (leads.length === 0) return;
    const decisions = await line.addLeads(leads.map((l): Lead => ({ id: l.id, name: l.id, source: l.kind })));
    leads.forEach((lead, i) => {
      const decision = decisions[i];
      if (queue) place(lead, decision, day, ['lead-generation']);
      else if (decision !== undefined) {
        lead.station = decision.station;
        lead.owner = decision.repId;
      }
    });
  }

  /** Runs each rep of a station through their queue (then the station's unowned queue) up to capacity. */
  async function work(station: StationId, handle: (lead: SimLead, repId: string) => Promise<boolean | void>, spare?: (repId: string, units: number) => number): Promise<void> {
    const pool = stationQueue.get(station) as SimLead[];
    for (const repId of repsOf.get(station) as string[]) {
      let units = (credit.get(repId) ?? 0) + perRepDay[station];
      const own = ownQueue.get(repId) as SimLead[];
      while (units >= 1) {
        const queue = own.length > 0 && (own[0] as SimLead).readyDay <= day ? own : pool;
        const head = queue[0];
        if (head === undefined || head.readyDay > day) break;
        queue.shift();
        // A handler returns false when the lead took none of the rep's time (a no-show).
        if ((await handle(head, repId)) === false) continue;
        units -= 1;
        done[station]++;
      }
      if (spare !== undefined && units >= 1) {
        const used = spare(repId, Math.floor(units));
        units -= used;
        done[station] += used;
      }
      // Idle time is not banked: only the fraction of a unit carries to tomorrow.
      credit.set(repId, units % 1);
    }
  }

  const meetingsBooked: SimLead[] = [];
  async function touch(lead: SimLead): Promise<void> {
    totals.leadsWorked++;
    if (!random.chance(conversion.inboundContactRate)) return lose(lead);
    totals.conversations++;
    if (!random.chance(conversion.conversationToMeeting)) return lose(lead);
    meetingsBooked.push(lead);
  }

  function dial(_repId: string, units: number): number {
    const n = Math.min(units, loadedRecords);
    loadedRecords -= n;
    totals.outboundDials += n;
    totals.leadsWorked += n;
    const conversations = random.binomial(n, conversion.connectRate);
    totals.conversations += conversations;
    const meetings = random.binomial(conversations, conversion.conversationToMeeting);
    for (let i = 0; i < meetings; i++) newOutbound.push({ id: `o${nextId++}`, kind: 'outbound', station: 'lead-generation', owner: null, readyDay: day });
    return n;
  }
  const newOutbound: SimLead[] = [];

  async function holdMeeting(lead: SimLead): Promise<boolean> {
    const show = lead.kind === 'inbound' ? conversion.showRateInbound : conversion.showRateOutbound;
    if (!random.chance(show)) {
      totals.noShows++;
      await lose(lead);
      return false;
    }
    ledger.meetingHeld();
    if (!(await move(lead, stages.meetingHeld)).ok) return true;
    if (random.chance(conversion.firstMeetingDrop)) {
      totals.droppedAtFirstMeeting++;
      await lose(lead);
      return true;
    }
    if (!(await move(lead, stages.proposal)).ok) return true;
    const due = day + cycleWorkdays;
    const list = decisionsDue.get(due);
    if (list === undefined) decisionsDue.set(due, [lead]);
    else list.push(lead);
    return true;
  }

  async function win(lead: SimLead): Promise<void> {
    ledger.dealWon(scenario.dealValue);
    const moved = await move(lead, stages.won);
    if (moved.ok) place(lead, moved.decision, day + 1, ['customer-management']);
  }

  async function decide(lead: SimLead): Promise<void> {
    // Qualified deals: the Hunter's win rate over what survived the first meeting.
    if (random.chance(y.lineWinPerQualified)) return win(lead);
    if (!random.chance(hffc.share)) {
      totals.dealsLost++;
      return lose(lead);
    }
    const owner = lead.owner ?? '';
    const held = parked.get(owner) ?? [];
    if (held.length < hffc.capPerHunter) {
      if (!(await move(lead, stages.hold)).ok) return;
      held.push(lead);
      parked.set(owner, held);
      return;
    }
    totals.overflow++;
    const moved = await move(lead, stages.overflow);
    if (moved.ok) place(lead, moved.decision, day + 1, ['business-development', 'lead-generation']);
  }

  async function revive(): Promise<void> {
    for (const [owner, held] of parked) {
      const count = random.binomial(held.length, reviveToday);
      for (let i = 0; i < count; i++) {
        const lead = held.splice(Math.floor(random.next() * held.length), 1)[0] as SimLead;
        totals.revived++;
        if (!(await move(lead, stages.proposal)).ok) continue;
        if (random.chance(y.lineWinPerQualified)) await win(lead);
        else {
          totals.dealsLost++;
          await lose(lead);
        }
      }
      parked.set(owner, held);
    }
  }

  async function workRecycled(lead: SimLead): Promise<void> {
    if (random.chance(y.baseWinPerQualified)) return win(lead);
    totals.dealsLost++;
    return lose(lead);
  }

  async function onboard(lead: SimLead): Promise<void> {
    totals.onboarded++;
    if (stages.onboarded !== null) await move(lead, stages.onboarded);
  }

  for (day = 0; day < options.days; day++) {
    now = options.start + day * DAY_MS;
    // Lead management loads what the SDRs can dial tomorrow, within the month's list supply.
    const sdrDials = (repsOf.get('lead-generation')?.length ?? 0) * perRepDay['lead-generation'];
    const loadCapacity = (repsOf.get('lead-management')?.length ?? 0) * perRepDay['lead-management'];
    const wanted = Math.max(0, Math.ceil(sdrDials) - loadedRecords);
    const loaded = Math.floor(Math.min(loadCapacity, wanted, scenario.leads.outboundPerMonth / W));
    loadedRecords += loaded;
    done['lead-management'] += loaded;

    const arrivals = random.poisson(scenario.leads.inboundPerMonth / W);
    totals.inboundLeads += arrivals;
    await enter(Array.from({ length: arrivals }, (): SimLead => ({ id: `i${nextId++}`, kind: 'inbound', station: 'lead-generation', owner: null, readyDay: day })), true);

    meetingsBooked.length = 0;
    newOutbound.length = 0;
    await work('lead-generation', (lead) => touch(lead), dial);
    await enter(newOutbound, false);
    meetingsBooked.push(...newOutbound);
    for (const lead of meetingsBooked) {
      totals.meetingsSet++;
      const moved = await move(lead, stages.meetingSet);
      if (moved.ok) place(lead, moved.decision, day + 1, ['hunter']);
    }

    await work('hunter', (lead) => holdMeeting(lead));
    for (const lead of decisionsDue.get(day) ?? []) await decide(lead);
    decisionsDue.delete(day);
    await revive();
    await work('business-development', (lead) => workRecycled(lead));
    await work('customer-management', (lead) => onboard(lead));
    if (line.tick !== undefined) {
      for (const decision of await line.tick(now)) {
        const lead = findLead(decision.leadId);
        if (lead !== undefined) {
          removeFromQueues(lead);
          place(lead, decision, lead.readyDay, [lead.station as StationId]);
        }
      }
    }

    for (const id of STATION_IDS) {
      const waiting = queued(id);
      queueSum[id] = (queueSum[id] ?? 0) + waiting;
      queueMax[id] = Math.max(queueMax[id] ?? 0, waiting);
    }
    ledger.endDay(day, day === options.days - 1);
  }

  function queued(station: string): number {
    let n = stationQueue.get(station)?.length ?? 0;
    for (const repId of repsOf.get(station) ?? []) n += ownQueue.get(repId)?.length ?? 0;
    return n;
  }
  function findLead(id: string): SimLead | undefined {
    for (const queue of [...ownQueue.values(), ...stationQueue.values()]) {
      const lead = queue.find((l) => l.id === id);
      if (lead !== undefined) return lead;
    }
    return undefined;
  }
  function removeFromQueues(lead: SimLead): void {
    for (const queue of [...ownQueue.values(), ...stationQueue.values()]) {
      const at = queue.indexOf(lead);
      if (at >= 0) queue.splice(at, 1);
    }
  }

  totals.parked = [...parked.values()].reduce((sum, held) => sum + held.length, 0);
  ledger.finish();
  const stations = STATION_IDS.map((id) => {
    const headcount = repsOf.get(id)?.length ?? 0;
    const capacity = headcount * perRepDay[id] * options.days;
    return {
      station: id,
      headcount,
      unit: UNITS[id],
      capacity,
      throughput: done[id],
      utilisation: capacity > 0 ? done[id] / capacity : 0,
      queue: { final: queued(id), mean: options.days > 0 ? (queueSum[id] ?? 0) / options.days : 0, max: queueMax[id] ?? 0 },
    };
  });
  // A station that ends with days of work waiting limits the line even when another one is
  // just as busy; without any backlog, the busiest station is the bottleneck.
  const backlogDays = (s: (typeof stations)[number]) => (s.capacity > 0 ? (s.queue.final * options.days) / s.capacity : s.queue.final > 0 ? Infinity : 0);
  const worstBacklog = stations.reduce((a, b) => (backlogDays(b) > backlogDays(a) ? b : a));
  const bottleneck = backlogDays(worstBacklog) > 1 ? worstBacklog.station : stations.reduce((a, b) => (b.utilisation > a.utilisation ? b : a)).station;
  return { seed: options.seed, days: options.days, totals, stations, bottleneck, months: ledger.months, warnings: ledger.warnings };
}
