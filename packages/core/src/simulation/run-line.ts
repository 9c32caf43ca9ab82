import type { Lead, Rep } from '../line/lead.ts';
import type { RoutingDecision } from '../routing/routing-decision.ts';
import { PER_DAY, UNITS } from './capacity-model.ts';
import { leadYields, rampFactor } from './funnel.ts';
import { COMPACT_EVERY_DAYS, createCompactingLine } from './compacting-line.ts';
import { createLineDriver } from './line-driver.ts';
import { createRandom } from './random.ts';
import { createRunLedger } from './run-ledger.ts';
import { STATION_IDS, type Scenario, type StationId } from './scenario-schema.ts';
import type { RunOptions, SimLead } from './simulation-line.ts';
import type { RunResult } from './simulation-result.ts';

const DAY_MS = 86_400_000;

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

/** One seeded run of the line, day by day; every lead, move and hand-off goes through the line. */
export async function runLine(scenario: Scenario, options: RunOptions): Promise<RunResult> {
  const random = createRandom(options.seed);
  const y = leadYields(scenario);
  const { conversion, hffc, workdaysPerMonth: W } = scenario;
  const stages = options.stages;
  const reps = staffLine(scenario);
  let now = options.start;
  const line = createCompactingLine(options.createLine, { config: options.config, reps, clock: () => now }, stages.onboarded === null ? [] : [stages.onboarded]);
  // The closers' wins, by the station that closed them: a station's share of the run's revenue.
  const revenueOf = Object.fromEntries(STATION_IDS.map((id) => [id, 0])) as Record<StationId, number>;
  const costPerDay = STATION_IDS.reduce((sum, id) => sum + scenario.line[id].headcount * scenario.line[id].costPerHead, 0) / 12 / W;
  const ledger = createRunLedger(line, W, costPerDay);
  const driver = createLineDriver(line, options.config, ledger);
  const { totals } = ledger;

  const repsOf = new Map<string, string[]>(STATION_IDS.map((id) => [id, []]));
  for (const rep of reps) repsOf.get(rep.station)?.push(rep.id);
  const perRepDay = Object.fromEntries(STATION_IDS.map((id) => [id, PER_DAY[id](scenario) * rampFactor(scenario.line[id])])) as Record<StationId, number>;
  const ownQueue = new Map<string, SimLead[]>(reps.map((r) => [r.id, []]));
  const stationQueue = new Map<string, SimLead[]>(STATION_IDS.map((id) => [id, []]));
  const credit = new Map<string, number>(reps.map((r) => [r.id, 0]));
  const done = Object.fromEntries(STATION_IDS.map((id) => [id, 0])) as Record<StationId, number>;
  const queueSum: Record<string, number> = {};
  const queueMax: Record<string, number> = {};
  const decisionsDue = new Map<number, SimLead[]>();
  const parked: SimLead[] = [];
  const active = new Map<string, SimLead>();
  // The line's clock runs in calendar time, so its deadlines (P14D, P45D) mean what they say:
  // a workday advances it by a month's calendar days over the month's workdays.
  const workdayMs = ((365 / 12) * DAY_MS) / W;
  const cycleWorkdays = Math.max(1, Math.round((scenario.cycleDays * W * 12) / 365));
  const reviveToday = 1 - Math.pow(1 - hffc.recycleRate, 1 / W);
  let loadedRecords = 0;
  let nextId = 0;
  let day = 0;

  function queueOf(lead: SimLead, station: string): SimLead[] | undefined {
    const own = lead.owner !== null && lead.station === station ? ownQueue.get(lead.owner) : undefined;
    return own ?? stationQueue.get(station);
  }

  /** Queues a lead for `station`'s work: with its owner there, else in the station's pool. */
  function place(lead: SimLead, station: StationId, readyDay: number): void {
    lead.readyDay = readyDay;
    lead.queuedIn = queueOf(lead, station);
    lead.queuedIn?.push(lead);
  }

  /** Where a lead the line sent somewhere on its own (overflow, deadline) waits for work. */
  function placeByStation(lead: SimLead): void {
    if (lead.station === 'lead-generation') place(lead, 'lead-generation', day + 1);
    else if (lead.station === 'business-development') place(lead, 'business-development', day + 1);
    else if (lead.station === 'customer-management') place(lead, 'customer-management', day + 1);
    else if (lead.station === 'hunter' && lead.stage === stages.hold) parked.push(lead);
  }

  async function lose(lead: SimLead): Promise<void> {
    await driver.goTo(lead, stages.lost);
    active.delete(lead.id);
  }

  async function enter(leads: SimLead[], as?: (lead: SimLead) => { stage: string; ownerId: string | undefined }): Promise<void> {
    if (leads.length === 0) return;
    const decisions = await line.addLeads(
      leads.map((l): Lead => {
        const lead: Lead = { id: l.id, name: l.id, source: l.kind, value: scenario.dealValue };
        const given = as?.(l);
        if (given !== undefined) {
          lead.stage = given.stage;
          if (given.ownerId !== undefined) lead.ownerId = given.ownerId;
        }
        return lead;
      }),
    );
    leads.forEach((lead, i) => {
      const decision = decisions[i];
      if (decision !== undefined) driver.follow(lead, decision);
      active.set(lead.id, lead);
    });
  }

  /** Runs each rep of a station through their queue (then the station's pool) up to capacity. */
  async function work(station: StationId, handle: (lead: SimLead) => Promise<boolean | void>, spare?: (units: number, repId: string) => number): Promise<void> {
    const pool = stationQueue.get(station) as SimLead[];
    for (const repId of repsOf.get(station) as string[]) {
      let units = (credit.get(repId) ?? 0) + perRepDay[station];
      const own = ownQueue.get(repId) as SimLead[];
      while (units >= 1) {
        const queue = own.length > 0 && (own[0] as SimLead).readyDay <= day ? own : pool;
        const head = queue[0];
        if (head === undefined || head.readyDay > day) break;
        queue.shift();
        head.queuedIn = undefined;
        // A handler returns false when the lead took none of the rep's time (a no-show).
        if ((await handle(head)) === false) continue;
        units -= 1;
        done[station]++;
      }
      if (spare !== undefined && units >= 1) {
        const used = spare(Math.floor(units), repId);
        units -= used;
        done[station] += used;
      }
      // Idle time is not banked: only the fraction of a unit carries to tomorrow.
      credit.set(repId, units % 1);
    }
  }

  const booked: SimLead[] = [];
  async function touch(lead: SimLead): Promise<void> {
    totals.leadsWorked++;
    if (!random.chance(conversion.inboundContactRate)) return lose(lead);
    totals.conversations++;
    if (!random.chance(conversion.conversationToMeeting)) return lose(lead);
    booked.push(lead);
  }

  const newOutbound: SimLead[] = [];
  function dial(units: number, repId: string): number {
    const n = Math.min(units, loadedRecords);
    loadedRecords -= n;
    totals.outboundDials += n;
    totals.leadsWorked += n;
    const conversations = random.binomial(n, conversion.connectRate);
    totals.conversations += conversations;
    const meetings = random.binomial(conversations, conversion.conversationToMeeting);
    for (let i = 0; i < meetings; i++) {
      newOutbound.push({ id: `o${nextId++}`, kind: 'outbound', stage: stages.meetingSet, station: 'lead-generation', owner: repId, readyDay: day });
    }
    return n;
  }

  async function book(lead: SimLead): Promise<void> {
    totals.meetingsSet++;
    if (!(await driver.goTo(lead, [stages.meetingSet]))) return;
    place(lead, 'hunter', day + 1);
  }

  async function holdMeeting(lead: SimLead): Promise<boolean> {
    const show = lead.kind === 'inbound' ? conversion.showRateInbound : conversion.showRateOutbound;
    if (!random.chance(show)) {
      totals.noShows++;
      await lose(lead);
      return false;
    }
    ledger.meetingHeld();
    if (!(await driver.goTo(lead, [stages.meetingHeld]))) return true;
    if (random.chance(conversion.firstMeetingDrop)) {
      totals.droppedAtFirstMeeting++;
      await lose(lead);
      return true;
    }
    if (!(await driver.goTo(lead, [stages.proposal]))) return true;
    const due = day + cycleWorkdays;
    const list = decisionsDue.get(due);
    if (list === undefined) decisionsDue.set(due, [lead]);
    else list.push(lead);
    return true;
  }

  async function win(lead: SimLead, station: 'hunter' | 'business-development' = 'hunter'): Promise<void> {
    ledger.dealWon(scenario.dealValue);
    revenueOf[station] += scenario.dealValue;
    if (await driver.goTo(lead, [stages.won])) place(lead, 'customer-management', day + 1);
  }

  async function decide(lead: SimLead): Promise<void> {
    // A deadline may have moved the deal on already (recycled to business development).
    if (!active.has(lead.id) || lead.station !== 'hunter') return;
    if (random.chance(y.lineWinPerQualified)) return win(lead);
    if (!random.chance(hffc.share)) {
      totals.dealsLost++;
      return lose(lead);
    }
    const parkedIt = await driver.goTo(lead, [stages.hold]);
    if (parkedIt) parked.push(lead);
    else if (lead.station !== 'hunter') {
      // Over the Hunter's WIP limit the line sent it on (back to the SDRs, or to business development).
      totals.overflow++;
      placeByStation(lead);
    }
  }

  async function revive(): Promise<void> {
    for (let i = parked.length - 1; i >= 0; i--) {
      const lead = parked[i] as SimLead;
      const gone = !active.has(lead.id) || lead.station !== 'hunter' || lead.stage !== stages.hold;
      if (!gone && !random.chance(reviveToday)) continue;
      parked.splice(i, 1);
      if (gone) continue;
      totals.revived++;
      if (!(await driver.goTo(lead, [stages.proposal]))) continue;
      if (random.chance(y.lineWinPerQualified)) await win(lead);
      else {
        totals.dealsLost++;
        await lose(lead);
      }
    }
  }

  async function workRecycled(lead: SimLead): Promise<void> {
    if (random.chance(y.baseWinPerQualified)) return win(lead, 'business-development');
    totals.dealsLost++;
    return lose(lead);
  }

  async function onboard(lead: SimLead): Promise<void> {
    totals.onboarded++;
    if (stages.onboarded !== null) await driver.goTo(lead, [stages.onboarded]);
    active.delete(lead.id);
  }

  function unqueue(lead: SimLead): void {
    const at = lead.queuedIn?.indexOf(lead) ?? -1;
    if (at >= 0) lead.queuedIn?.splice(at, 1);
    lead.queuedIn = undefined;
  }

  function followLine(decision: RoutingDecision): void {
    const lead = active.get(decision.leadId);
    if (lead === undefined) return;
    unqueue(lead);
    driver.follow(lead, decision);
    placeByStation(lead);
  }

  for (day = 0; day < options.days; day++) {
    now = options.start + day * workdayMs;
    // Lead management loads what the SDRs can dial, within the month's list supply.
    const sdrDials = (repsOf.get('lead-generation')?.length ?? 0) * perRepDay['lead-generation'];
    const loadCapacity = (repsOf.get('lead-management')?.length ?? 0) * perRepDay['lead-management'];
    const wanted = Math.max(0, Math.ceil(sdrDials) - loadedRecords);
    const loaded = Math.floor(Math.min(loadCapacity, wanted, scenario.leads.outboundPerMonth / W));
    loadedRecords += loaded;
    done['lead-management'] += loaded;

    const arrivals = random.poisson(scenario.leads.inboundPerMonth / W);
    totals.inboundLeads += arrivals;
    const inbound = Array.from({ length: arrivals }, (): SimLead => ({ id: `i${nextId++}`, kind: 'inbound', stage: '', station: 'lead-generation', owner: null, readyDay: day }));
    await enter(inbound);
    for (const lead of inbound) place(lead, 'lead-generation', day);

    booked.length = 0;
    newOutbound.length = 0;
    await work('lead-generation', touch, dial);
    for (const lead of booked) await book(lead);
    // An outbound meeting enters the line already booked, owned by the SDR who dialled it:
    // one bulk import a day instead of three commands a lead.
    await enter(newOutbound, (lead) => ({ stage: stages.meetingSet, ownerId: lead.owner ?? undefined }));
    for (const lead of newOutbound) {
      totals.meetingsSet++;
      place(lead, 'hunter', day + 1);
    }

    await work('hunter', holdMeeting);
    for (const lead of decisionsDue.get(day) ?? []) await decide(lead);
    decisionsDue.delete(day);
    await revive();
    await work('business-development', workRecycled);
    await work('customer-management', onboard);
    if (line.tick !== undefined) for (const decision of await line.tick(now)) followLine(decision);

    for (const id of STATION_IDS) {
      const waiting = queued(id);
      queueSum[id] = (queueSum[id] ?? 0) + waiting;
      queueMax[id] = Math.max(queueMax[id] ?? 0, waiting);
    }
    ledger.endDay(day, day === options.days - 1);
    // Commands no longer pay for finished leads, but memory and the daily deadline scan do.
    if ((day + 1) % COMPACT_EVERY_DAYS === 0) line.compact();
  }

  function queued(station: string): number {
    let n = stationQueue.get(station)?.length ?? 0;
    for (const repId of repsOf.get(station) ?? []) n += ownQueue.get(repId)?.length ?? 0;
    return n;
  }

  totals.parked = parked.filter((lead) => active.has(lead.id) && lead.stage === stages.hold).length;
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
      cost: (headcount * scenario.line[id].costPerHead * options.days) / 12 / W,
      revenue: revenueOf[id],
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
