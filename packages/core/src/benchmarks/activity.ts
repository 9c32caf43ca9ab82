import { z } from 'zod';

/** The activity types the reference line records; a config may name any other. */
export const KNOWN_ACTIVITY_TYPES = [
  'lead-created',
  'first-touch',
  'dial',
  'conversation',
  'meeting-set',
  'meeting-held',
  'won',
  'lost',
  'renewal-due',
  'renewed',
  'churned',
] as const;

const ActivityTypeSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Use a lowercase kebab-case activity type such as "meeting-set".');

const INSTANT_MESSAGE = 'Use an ISO 8601 date-time with an offset such as "2026-03-02T09:15:00Z", a date such as "2026-03-02" (UTC midnight), or epoch milliseconds.';

/**
 * Epoch milliseconds, an ISO 8601 date-time with an offset, or a date (read as UTC). A
 * date-time without an offset is refused: it would mean a different instant on every machine.
 */
const InstantSchema = z.union(
  [
    z.number().finite().describe('Epoch milliseconds.'),
    z.iso.datetime({ offset: true }),
    z.iso.date(),
  ],
  { error: INSTANT_MESSAGE },
);

/**
 * One thing a rep did: a dial, a meeting set, a deal won. Benchmarks are computed from a
 * stream of these. `value` carries money for `sum` metrics (e.g. the amount of a `won`).
 */
export const ActivitySchema = z.strictObject({
  repId: z.string().min(1).max(200),
  type: ActivityTypeSchema,
  at: InstantSchema,
  leadId: z.string().min(1).max(200).optional(),
  value: z.number().finite().optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;
