import { z } from 'zod';

const id = z.string().min(1).max(200);
const name = z.string().max(10_000);

/** A lead as a host hands it in. Every other field is a fact the rules can use. */
export const LeadSchema = z.looseObject({
  id,
  name,
  stage: z.string().optional(),
  ownerId: z.string().optional(),
  accountId: z.string().optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

/** Hours a rep takes new leads, read in the rep's `timeZone` (UTC when absent). */
export const WorkingHoursSchema = z.strictObject({
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use 24-hour "HH:MM", e.g. "09:00".'),
  end: z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'Use 24-hour "HH:MM", e.g. "17:30".'),
  /** ISO weekdays, 1 = Monday … 7 = Sunday; every day when absent. */
  days: z.array(z.int().min(1).max(7)).optional(),
});
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;

export const RepStatusSchema = z.enum(['active', 'away', 'inactive']);
export type RepStatus = z.infer<typeof RepStatusSchema>;

/** A person on the line. */
export const RepSchema = z.looseObject({
  id,
  name,
  station: z.string().min(1),
  team: z.string().optional(),
  skills: z.array(z.string()).optional(),
  territory: z.string().optional(),
  status: RepStatusSchema.optional(),
  maxOpenLeads: z.int().min(0).optional(),
  weight: z.number().positive().optional(),
  joinedStationAt: z.string().optional(),
  timeZone: z.string().optional(),
  workingHours: WorkingHoursSchema.optional(),
});
export type Rep = z.infer<typeof RepSchema>;
