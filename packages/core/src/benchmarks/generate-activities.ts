import { SalesLineError } from '../errors.ts';
import type { Rep } from '../line/lead.ts';
import type { Activity } from './activity.ts';
import { toEpochMs } from './to-epoch-ms.ts';
import { seededRandom } from './seeded-random.ts';

/** Rates of the generated line. Defaults are public figures (see the benchmarks guide); every one is a parameter. */
export interface ActivityScenario {
  seed?: number;
  /** SDR dials per workday (default 200). */
  dialsPerDay?: number;
  /** Dial → conversation (default 0.054). */
  connectRate?: number;
  /** Conversation → meeting set (default 0.12). */
  meetingRate?: number;
  /** Inbound leads per SDR per workday, each created then first touched (default 4). */
  inboundPerDay?: number;
  /** Median minutes from an inbound lead to its first touch (default 5). */
  firstTouchMinutes?: number;
  /** Meetings held per Hunter or business developer per workday (default 2). */
  meetingsPerDay?: number;
  /** Meeting held → won (default 0.2; business development wins 0.8× that). */
  winRate?: number;
  /** Mean deal size (default 12,000). */
  dealSize?: number;
  /** Renewals due per customer manager per workday (default 1). */
  renewalsPerDay?: number;
  /** Renewal due → renewed (default 0.92). */
  retention?: number;
}

type Random = () => number;
type Emit = (type: string, minute: number, extra?: Partial<Activity>) => void;
type StationDay = (emit: Emit, skill: number, random: Random, scenario: Required<ActivityScenario>, leadId: () => string) => void;

const DEFAULTS: Required<ActivityScenario> = {
  seed: 1,
  dialsPerDay: 200,
  connectRate: 0.054,
  meetingRate: 0.12,
  inboundPerDay: 4,
  firstTouchMinutes: 5,
  meetingsPerDay: 2,
  winRate: 0.2,
  dealSize: 12_000,
  renewalsPerDay: 1,
  retention: 0.92,
};

const DAY_MS = 86_400_000;
const WORKDAY_MINUTES = 8 * 60;

/** Successes out of `n` tries at probability `p` (n is small enough per rep-day to draw one by one). */
function binomial(n: number, p: number, random: Random): number {
  let hits = 0;
  for (let i = 0; i < n; i += 1) if (random() < p) hits += 1;
  return hits;
}

const poissonish = (mean: number, random: Random) => Math.max(0, Math.round(mean * (0.5 + random())));

function closerDay(winShare: number): StationDay {
  return (emit, skill, random, scenario) => {
    const meetings = poissonish(scenario.meetingsPerDay, random);
    for (let i = 0; i < meetings; i += 1) {
      const minute = random() * WORKDAY_MINUTES;
      emit('meeting-held', minute);
      if (random() < scenario.winRate * winShare * skill) emit('won', minute + 30, { value: Math.round(scenario.dealSize * (0.4 + 1.2 * random())) });
      else emit('lost', minute + 30);
    }
  };
}

const STATION_DAYS: Record<string, StationDay> = {
  'lead-generation': (emit, skill, random, scenario, leadId) => {
    const dials = poissonish(scenario.dialsPerDay * skill, random);
    const conversations = binomial(dials, scenario.connectRate, random);
    const meetings = binomial(conversations, Math.min(1, scenario.meetingRate * skill), random);
    for (let i = 0; i < dials; i += 1) emit('dial', (i / Math.max(1, dials)) * WORKDAY_MINUTES);
    for (let i = 0; i < conversations; i += 1) emit('conversation', random() * WORKDAY_MINUTES);
    for (let i = 0; i < meetings; i += 1) emit('meeting-set', random() * WORKDAY_MINUTES);
    const inbound = poissonish(scenario.inboundPerDay, random);
    for (let i = 0; i < inbound; i += 1) {
      const lead = leadId();
      const minute = random() * (WORKDAY_MINUTES - 120);
      emit('lead-created', minute, { leadId: lead, repId: 'inbound' });
      // Exponential response times around the median, faster for better reps.
      emit('first-touch', minute + (-Math.log(1 - random()) * scenario.firstTouchMinutes) / Math.LN2 / skill, { leadId: lead });
    }
  },
  hunter: closerDay(1),
  'business-development': closerDay(0.8),
  'customer-management': (emit, skill, random, scenario) => {
    const due = poissonish(scenario.renewalsPerDay, random);
    for (let i = 0; i < due; i += 1) {
      const minute = random() * WORKDAY_MINUTES;
      emit('renewal-due', minute);
      emit(random() < Math.min(1, scenario.retention * (0.9 + 0.1 * skill)) ? 'renewed' : 'churned', minute + 60);
    }
  },
};

/**
 * Plausible activities for the reps of the reference stations over a period, one workday
 * (Mon–Fri, UTC, from 09:00) at a time, lazily, so a demo or a benchmark can stream
 * millions without holding them. Each rep gets a seeded skill factor (0.7–1.3), so the
 * same seed gives the same activities. Stations without a generator produce nothing.
 */
export function* generateActivities(reps: readonly Rep[], period: { from: string | number | Date; to: string | number | Date }, scenario: ActivityScenario = {}): Generator<Activity> {
  const settings = { ...DEFAULTS, ...scenario };
  const from = toEpochMs(period.from);
  const to = toEpochMs(period.to);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new SalesLineError('invalid-input', 'period: use ISO 8601 date-times or epoch milliseconds.');
  const random = seededRandom(settings.seed);
  const skills = new Map(reps.map((rep) => [rep.id, 0.7 + 0.6 * random()]));
  let leads = 0;
  const leadId = () => `lead-${(leads += 1)}`;
  const buffer: Activity[] = [];
  for (let day = Math.ceil(from / DAY_MS); day * DAY_MS < to; day += 1) {
    const weekday = (day + 4) % 7;
    if (weekday === 0 || weekday === 6) continue;
    const start = day * DAY_MS + 9 * 3_600_000;
    for (const rep of reps) {
      const generate = STATION_DAYS[rep.station];
      if (generate === undefined) continue;
      const emit: Emit = (type, minute, extra) => {
        const at = Math.floor(start + minute * 60_000);
        if (at >= from && at < to) buffer.push({ repId: rep.id, type, at, ...extra });
      };
      generate(emit, skills.get(rep.id) as number, random, settings, leadId);
      buffer.sort((a, b) => (a.at as number) - (b.at as number));
      yield* buffer;
      buffer.length = 0;
    }
  }
}
