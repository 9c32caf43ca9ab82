import { z } from 'zod';

/** A lead as a host hands it in. Every other field is a fact the rules can use. */
export const LeadSchema = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().max(10_000),
  stage: z.string().optional(),
  ownerId: z.string().optional(),
  accountId: z.string().optional(),
});
export type Lead = z.infer<typeof LeadSchema>;

export const RepStatusSchema = z.enum(['active', 'away', 'inactive']);
export type RepStatus = z.infer<typeof RepStatusSchema>;

/** A person on the line. */
export const RepSchema = z.looseObject({
  id: z.string().min(1).max(200),
  name: z.string().max(10_000),
  station: z.string().min(1),
  team: z.string().optional(),
  skills: z.array(z.string()).optional(),
  territory: z.string().optional(),
  status: RepStatusSchema.optional(),
  maxOpenLeads: z.int().min(0).optional(),
  weight: z.number().positive().optional(),
  joinedStationAt: z.string().optional(),
  timeZone: z.string().optional(),
});
export type Rep = z.infer<typeof RepSchema>;
