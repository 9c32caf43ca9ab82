import { z } from 'zod';

/*
 * Every number of the simulator is a parameter of the scenario, with a default from a public
 * source (docs/simulation.md lists each source). `.default()` on every leaf and `.prefault({})`
 * on every group make a partial scenario merge deeply over the defaults during parsing.
 */

const share = (value: number, what: string) => z.number().min(0).max(1).default(value).describe(what);
const positive = (value: number, what: string) => z.number().positive().default(value).describe(what);
const count = (value: number, what: string) => z.int().min(0).max(100_000).default(value).describe(what);

/** What every station (and the traditional team) has: people, their cost, their working day and ramp. */
function staffing(defaults: { headcount: number; costPerHead: number; rampMonths: number; tenureMonths: number }) {
  return {
    headcount: count(defaults.headcount, 'People at the station.'),
    costPerHead: z.number().min(0).default(defaults.costPerHead).describe('Yearly pay at target (OTE) per person, in the currency of `dealValue`.'),
    hoursPerDay: z.number().positive().max(24).default(8).describe('Working hours a day; used for cost per hour.'),
    rampMonths: z.number().min(0).default(defaults.rampMonths).describe('Months a new hire needs to reach full speed (producing half on average meanwhile).'),
    tenureMonths: z.number().positive().default(defaults.tenureMonths).describe('Average months in the role before a person leaves or is promoted, so ramp recurs.'),
  };
}

export const LeadManagementParamsSchema = z
  .strictObject({
    ...staffing({ headcount: 1, costPerHead: 70_000, rampMonths: 1, tenureMonths: 24 }),
    leadsPerDay: positive(2_000, 'Lead records loaded and cleaned per person per workday.'),
  })
  .prefault({});

export const LeadGenerationParamsSchema = z
  .strictObject({
    ...staffing({ headcount: 10, costPerHead: 83_500, rampMonths: 3, tenureMonths: 14 }),
    dialsPerDay: positive(200, 'Touches (dials, or first calls to inbound leads) per SDR per workday.'),
  })
  .prefault({});

export const HunterParamsSchema = z
  .strictObject({
    ...staffing({ headcount: 4, costPerHead: 147_500, rampMonths: 5, tenureMonths: 24 }),
    meetingsPerDay: positive(40 / 21, 'First meetings held per Hunter per workday when SDRs book them (CrossBorder: 40 a month).'),
  })
  .prefault({});

export const CustomerManagementParamsSchema = z
  .strictObject({
    ...staffing({ headcount: 3, costPerHead: 97_500, rampMonths: 3, tenureMonths: 24 }),
    onboardingsPerDay: positive(1, 'New customers onboarded per person per workday.'),
  })
  .prefault({});

export const BusinessDevelopmentParamsSchema = z
  .strictObject({
    ...staffing({ headcount: 1, costPerHead: 110_000, rampMonths: 3, tenureMonths: 18 }),
    meetingsPerDay: positive(1, 'Recycled (overflow) deals worked per person per workday.'),
  })
  .prefault({});

export const ScenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().max(200).optional(),
    workdaysPerMonth: z.int().min(1).max(31).default(21).describe('Workdays in a month.'),
    dealValue: z.number().min(0).default(25_000).describe('First-year value of a won deal.'),
    leads: z
      .strictObject({
        inboundPerMonth: z.number().min(0).default(0).describe('Inbound leads arriving per month.'),
        outboundPerMonth: z.number().min(0).default(100_000).describe('Outbound records available to dial per month (the list supply).'),
      })
      .prefault({}),
    conversion: z
      .strictObject({
        connectRate: share(0.054, 'Outbound dial → conversation (Gong Labs: 5.4%, top quartile 13.3%).'),
        inboundContactRate: share(0.5, 'Inbound lead → conversation on the first touch.'),
        conversationToMeeting: share(0.12, 'Conversation → meeting set (10–15% average).'),
        showRateOutbound: share(0.7, 'Outbound meetings that happen.'),
        showRateInbound: share(0.8, 'Inbound meetings that happen.'),
        firstMeetingDrop: share(0.25, 'Meetings held that end at the first meeting (CrossBorder: 25%).'),
        winRate: share(0.2, "Deals won over all deals (meetings held) by a generalist; Hunters win `specialist.closeRateAdvantage` times as many."),
      })
      .prefault({}),
    cycleDays: positive(60, 'Calendar days from the first meeting to the decision (Bridge Group: 60).'),
    hffc: z
      .strictObject({
        share: share(0.67, 'Live deals not won in the cycle that are parked in hold-for-future-close (CrossBorder: 67%).'),
        capPerHunter: count(140, 'Parked deals a Hunter keeps; overflow goes to business development.'),
        recycleRate: share(0.08, 'Share of parked deals that come back to active selling each month (one touch a month).'),
      })
      .prefault({}),
    retention: z
      .strictObject({
        gross: z.number().min(0).max(1).default(0.92).describe('Revenue kept a year later without expansion (SaaS Capital: 92%).'),
        net: z.number().min(0).max(3).default(1.05).describe('Revenue a year later with expansion, when customer management owns the account (100–110%).'),
      })
      .prefault({}),
    specialist: z
      .strictObject({
        closeRateAdvantage: z.number().positive().max(3).default(1.07).describe("A Hunter's win rate relative to a generalist's (the book's 7% higher close rate)."),
        shareOfTimeClosing: share(0.9, "Share of a Hunter's day spent in meetings and closing."),
      })
      .prefault({}),
    generalist: z
      .strictObject({
        shareOfTimeSelling: share(0.3, "Share of a generalist's time spent selling (Salesforce State of Sales: 30%)."),
        taskSwitchingOverhead: z
          .number()
          .min(1)
          .max(20)
          .default(2.3)
          .describe('How many times more meetings a closer holds per selling hour when someone else books them (no prospecting, scheduling or switching).'),
      })
      .prefault({}),
    line: z
      .strictObject({
        'lead-management': LeadManagementParamsSchema,
        'lead-generation': LeadGenerationParamsSchema,
        hunter: HunterParamsSchema,
        'customer-management': CustomerManagementParamsSchema,
        'business-development': BusinessDevelopmentParamsSchema,
      })
      .prefault({}),
    traditional: z
      .strictObject(staffing({ headcount: 4, costPerHead: 147_500, rampMonths: 5, tenureMonths: 24 }))
      .prefault({})
      .describe('The traditional team: generalists who prospect, book, hold meetings, close and keep customers.'),
  })
  .superRefine(crossCheck);

/** Checks that need two fields at once; each issue names the field to change. */
function crossCheck(scenario: ScenarioShape, ctx: z.RefinementCtx): void {
  const { winRate, firstMeetingDrop } = scenario.conversion;
  const best = winRate * Math.max(1, scenario.specialist.closeRateAdvantage);
  if (best > 1 - firstMeetingDrop) {
    ctx.addIssue({
      code: 'custom',
      path: ['conversion', 'winRate'],
      message: `Win rate ${winRate} (× ${scenario.specialist.closeRateAdvantage} for specialists) cannot exceed the deals left after the first-meeting drop (${1 - firstMeetingDrop}); lower it or lower conversion.firstMeetingDrop.`,
    });
  }
  const teams: [string[], { rampMonths: number; tenureMonths: number }][] = [
    ...Object.entries(scenario.line).map(([id, params]) => [['line', id], params] as [string[], typeof params]),
    [['traditional'], scenario.traditional],
  ];
  for (const [path, params] of teams) {
    if (params.rampMonths > params.tenureMonths) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'rampMonths'],
        message: `Ramp (${params.rampMonths} months) cannot be longer than tenure (${params.tenureMonths} months).`,
      });
    }
  }
  if (scenario.generalist.shareOfTimeSelling > scenario.specialist.shareOfTimeClosing) {
    ctx.addIssue({
      code: 'custom',
      path: ['generalist', 'shareOfTimeSelling'],
      message: "A generalist cannot spend more of the day selling than a Hunter spends closing; check specialist.shareOfTimeClosing.",
    });
  }
}

/** The part of a parsed scenario (defaults applied) the cross-checks read. */
interface ScenarioShape {
  conversion: { winRate: number; firstMeetingDrop: number };
  specialist: { closeRateAdvantage: number; shareOfTimeClosing: number };
  generalist: { shareOfTimeSelling: number };
  line: Record<string, { rampMonths: number; tenureMonths: number }>;
  traditional: { rampMonths: number; tenureMonths: number };
}

/** A complete scenario: every parameter present (defaults filled in). */
export type Scenario = z.output<typeof ScenarioSchema>;
/** What a user writes: any subset of the parameters, merged deeply over the defaults. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type StationId = keyof Scenario['line'];

/** The stations of the reference line, in the order a lead meets them. */
export const STATION_IDS: readonly StationId[] = [
  'lead-management',
  'lead-generation',
  'hunter',
  'customer-management',
  'business-development',
];
