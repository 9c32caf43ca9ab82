import type { Lead, Rep } from '../line/lead.ts';
import { COMPACT_EVERY_DAYS, createCompactingLine } from './compacting-line.ts';
import { createLineDriver } from './line-driver.ts';
import { generalistMeetingsPerDay, leadYields, rampFactor } from './funnel.ts';
import { createRandom } from './random.ts';
import type { Scenario } from './scenario-schema.ts';
import type { RunOptions, SimLead } from './simulation-line.ts';
import { createRunLedger } from './run-ledger.ts';
import type { TeamRun } from './simulation-result.ts';

const DAY_MS = 86_400_000;

export interface TraditionalRunOptions extends RunOptions {
  /** The station id of the generalists in the traditional config. */
  station: string;
}

/**
 * One seeded run of the traditional team: generalists who book their own meetings (prospecting
 * is inside their task-switching overhead), hold them, and close without a hold-for-future-close
 * practice. Every lead and hand-off still goes through the line built from the traditional config.
 */
export async function runTraditional(scenario: Scenario, options: TraditionalRunOptions): Promise<TeamRun> {
  const random = createRandom(options.seed);
  const y = leadYields(scenario);
  const { conversion, workdaysPerMonth: W, traditional: team } = scenario;
  const { stages } = options;
  const reps: Rep[] = Array.from({ length: team.headcount }, (_, i) => ({
    id: `${options.station}-${i + 1}`,
    name: `${options.station} ${i + 1}`,
    station: options.station,
    status: 'active',
  }));
  let now = options.start;
  const line = createCompactingLine(options.createLine, { config: options.config, reps, clock: () => now });
  const perDay = generalistMeetingsPerDay(scenario) * rampFactor(team);
  // A generalist keeps about two days of meetings booked ahead (one more for a no-show) and
  // stops prospecting beyond that.
  const calendarTarget = Math.ceil(2 * perDay) + 1;
  const calendar = new Map<string, SimLead[]>(reps.map((r) => [r.id, []]));
  const inbox = new Map<string, SimLead[]>(reps.map((r) => [r.id, []]));
  const unowned: SimLead[] = [];
  const credit = new Map<string, number>(reps.map((r) => [r.id, 0]));
  const decisionsDue = new Map<number, SimLead[]>();
  const ledger = createRunLedger(line, W, (team.headcount * team.costPerHead) / 12 / W);
  const { totals } = ledger;
  const driver = createLineDriver(line, options.config, ledger);
  // The line's clock runs in calendar time, so its deadlines (P14D, P45D) mean what they say:
  // a workday advances it by a month's calendar days over the month's workdays.
  const workdayMs = ((365 / 12) * DAY_MS) / W;
  const cycleWorkdays = Math.max(1, Math.round((scenario.cycleDays * W * 12) / 365));
  const bookRate = conversion.connectRate * conversion.conversationToMeeting;
  let held = 0;
  let queueSum = 0;
  let queueMax = 0;
  let nextId = 0;

  const goTo = (lead: SimLead, stage: string) => driver.goTo(lead, [stage]);
  const lose = (lead: SimLead) => driver.goTo(lead, stages.lost);

  async function enter(leads: SimLead[]): Promise<void> {
    if (leads.length === 0) return;
    const decisions = await line.addLeads(leads.map((l): Lead => ({ id: l.id, name: l.id, source: l.kind, value: scenario.dealValue })));
    leads.forEach((lead, i) => {
      const decision = decisions[i];
      if (decision !== undefined) driver.follow(lead, decision);
    });
  }

  async function book(lead: SimLead, owner: string, day: number): Promise<void> {
    totals.meetingsSet++;
    if (!(await goTo(lead, stages.meetingSet))) return;
    lead.readyDay = day + 1;
    // The line's owner holds the meeting; a lead it left unassigned stays with whoever booked it.
    (calendar.get(lead.owner ?? owner) ?? (calendar.get(owner) as SimLead[])).push(lead);
  }

  for (let day = 0; day < options.days; day++) {
    now = options.start + day * workdayMs;
    const arrivals = random.poisson(scenario.leads.inboundPerMonth / W);
    totals.inboundLeads += arrivals;
    const incoming = Array.from({ length: arrivals }, (): SimLead => ({ id: `i${nextId++}`, kind: 'inbound', stage: '', station: options.station, owner: null, readyDay: day }));
    await enter(incoming);
    for (const lead of incoming) (lead.owner === null ? unowned : (inbox.get(lead.owner) ?? unowned)).push(lead);

    let outboundLeft = scenario.leads.outboundPerMonth / W;
    for (const rep of reps) {
      const booked = calendar.get(rep.id) as SimLead[];
      const mine = inbox.get(rep.id) as SimLead[];
      while (booked.length < calendarTarget && (mine.length > 0 || unowned.length > 0)) {
        const lead = (mine.length > 0 ? mine : unowned).shift() as SimLead;
        totals.leadsWorked++;
        if (random.chance(conversion.inboundContactRate)) {
          totals.conversations++;
          if (random.chance(conversion.conversationToMeeting)) {
            await book(lead, rep.id, day);
            continue;
          }
        }
        await lose(lead);
      }
      const newOutbound: SimLead[] = [];
      while (booked.length + newOutbound.length < calendarTarget && bookRate > 0 && outboundLeft >= 1) {
        // Dials until the next booked meeting: geometric, so a day of dialling costs one draw per meeting.
        const dials = Math.min(Math.floor(outboundLeft), Math.floor(Math.log(1 - random.next()) / Math.log(1 - bookRate)) + 1);
        outboundLeft -= dials;
        totals.outboundDials += dials;
        totals.leadsWorked += dials;
        totals.conversations += 1 + random.binomial(dials - 1, conversion.connectRate * (1 - conversion.conversationToMeeting) / (1 - bookRate));
        newOutbound.push({ id: `o${nextId++}`, kind: 'outbound', stage: '', station: options.station, owner: rep.id, readyDay: day + 1 });
      }
      await enter(newOutbound);
      for (const lead of newOutbound) await book(lead, rep.id, day);

      let units = (credit.get(rep.id) ?? 0) + perDay;
      while (units >= 1 && booked.length > 0 && (booked[0] as SimLead).readyDay <= day) {
        const lead = booked.shift() as SimLead;
        const show = lead.kind === 'inbound' ? conversion.showRateInbound : conversion.showRateOutbound;
        if (!random.chance(show)) {
          totals.noShows++;
          await lose(lead);
          continue;
        }
        units -= 1;
        held++;
        ledger.meetingHeld();
        if (!(await goTo(lead, stages.meetingHeld))) continue;
        if (random.chance(conversion.firstMeetingDrop)) {
          totals.droppedAtFirstMeeting++;
          await lose(lead);
          continue;
        }
        if (!(await goTo(lead, stages.proposal))) continue;
        const due = day + cycleWorkdays;
        const list = decisionsDue.get(due);
        if (list === undefined) decisionsDue.set(due, [lead]);
        else list.push(lead);
      }
      credit.set(rep.id, units % 1);
    }

    for (const lead of decisionsDue.get(day) ?? []) {
      if (random.chance(y.baseWinPerQualified)) {
        ledger.dealWon(scenario.dealValue);
        await goTo(lead, stages.won);
      } else {
        // No hold-for-future-close practice: a deal that stalls at the end of its cycle is lost.
        totals.dealsLost++;
        await lose(lead);
      }
    }
    decisionsDue.delete(day);
    if (line.tick !== undefined) await line.tick(now);

    const waiting = [...calendar.values()].reduce((sum, q) => sum + q.length, 0);
    queueSum += waiting;
    queueMax = Math.max(queueMax, waiting);
    ledger.endDay(day, day === options.days - 1);
    // Commands no longer pay for finished leads, but memory and the daily deadline scan do.
    if ((day + 1) % COMPACT_EVERY_DAYS === 0) line.compact();
  }

  ledger.finish();
  const capacity = team.headcount * perDay * options.days;
  const finalQueue = [...calendar.values()].reduce((sum, q) => sum + q.length, 0);
  return {
    totals,
    stations: [
      {
        station: 'generalist',
        headcount: team.headcount,
        unit: 'meetings',
        capacity,
        throughput: held,
        utilisation: capacity > 0 ? held / capacity : 0,
        cost: totals.cost,
        revenue: totals.revenue,
        queue: { final: finalQueue, mean: options.days > 0 ? queueSum / options.days : 0, max: queueMax },
      },
    ],
    months: ledger.months,
    warnings: ledger.warnings,
  };
}
