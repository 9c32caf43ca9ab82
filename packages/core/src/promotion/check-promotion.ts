import type { SalesLineConfig } from '../config/config-schema.ts';
import { SalesLineError } from '../errors.ts';
import type { Rep } from '../line/lead.ts';
import { DEFAULT_CAREER_PATH, findForbidden } from './career-path.ts';

/** Whether a move is a legal promotion; eligibility (the rules) is `evaluatePromotions`' job. */
export type PromotionCheck =
  | { ok: true; from: string; to: string }
  | { ok: false; from: string; to: string; code: 'forbidden-promotion'; reason: string };

/**
 * Checks a move against the career path: a forbidden jump is refused with its reason
 * (lead-generation → hunter always is), and so is any move that is not the next step.
 */
export function checkPromotion(config: SalesLineConfig, rep: Rep, toStation: string): PromotionCheck {
  const from = rep.station;
  const refuse = (reason: string): PromotionCheck => ({ ok: false, from, to: toStation, code: 'forbidden-promotion', reason });
  if (from === toStation) return refuse(`${rep.name} is already in ${toStation}.`);
  const forbidden = findForbidden(from, toStation, config.promotion?.forbidden);
  if (forbidden !== undefined) return refuse(forbidden.reason);
  const path = config.promotion?.path ?? [...DEFAULT_CAREER_PATH];
  const at = path.indexOf(from);
  const target = path.indexOf(toStation);
  if (at === -1) return refuse(`${from} is not on the career path (${path.join(' → ')}).`);
  if (target === -1) return refuse(`${toStation} is not on the career path (${path.join(' → ')}).`);
  if (target < at) return refuse(`${from} → ${toStation} goes back along the career path; that is a reassignment, not a promotion.`);
  if (target > at + 1) {
    return refuse(`${from} → ${toStation} skips ${path.slice(at + 1, target).join(', ')}; the career path goes one step at a time.`);
  }
  return { ok: true, from, to: toStation };
}

/** Like `checkPromotion`, but throws `SalesLineError` with code `forbidden-promotion` and the reason. */
export function assertPromotion(config: SalesLineConfig, rep: Rep, toStation: string): void {
  const check = checkPromotion(config, rep, toStation);
  if (!check.ok) throw new SalesLineError('forbidden-promotion', `${rep.name} cannot move from ${check.from} to ${check.to}: ${check.reason}`);
}
