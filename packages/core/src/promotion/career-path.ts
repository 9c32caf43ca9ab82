/** The reference career path: each step teaches what the next one needs. */
export const DEFAULT_CAREER_PATH = ['lead-generation', 'customer-management', 'business-development', 'hunter'] as const;

/**
 * Jumps refused even when a config does not list them. A config may restate one to give
 * its own reason, but cannot allow it.
 */
export const DEFAULT_FORBIDDEN_PROMOTIONS = [
  {
    from: 'lead-generation',
    to: 'hunter',
    reason:
      'An SDR goes to Hunter through customer management and business development: straight from cold calling, a new closer is too junior and fails.',
  },
] as const;

export interface ForbiddenPromotion {
  from: string;
  to: string;
  reason: string;
}

/** The configured forbidden jumps plus the defaults a config did not restate. */
export function forbiddenPromotions(configured: readonly ForbiddenPromotion[] = []): ForbiddenPromotion[] {
  const defaults = DEFAULT_FORBIDDEN_PROMOTIONS.filter((rule) => !configured.some((own) => own.from === rule.from && own.to === rule.to));
  return [...configured, ...defaults];
}

export function findForbidden(from: string, to: string, configured: readonly ForbiddenPromotion[] = []): ForbiddenPromotion | undefined {
  return forbiddenPromotions(configured).find((rule) => rule.from === from && rule.to === to);
}
