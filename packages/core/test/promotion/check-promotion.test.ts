import { describe, expect, it } from 'vitest';
import { assertPromotion, checkPromotion } from '../../src/promotion.ts';
import { SalesLineError } from '../../src/index.ts';
import { promotionConfig, rep } from '../fixtures/promotion.ts';

describe('checkPromotion', () => {
  const config = promotionConfig();

  it('allows the next step on the path', () => {
    expect(checkPromotion(config, rep('ana', 'lead-generation'), 'customer-management')).toEqual({ ok: true, from: 'lead-generation', to: 'customer-management' });
  });

  it('refuses SDR → Hunter by default, with the reason, even when no config lists it', () => {
    const check = checkPromotion(config, rep('ana', 'lead-generation'), 'hunter');
    expect(check).toMatchObject({ ok: false, code: 'forbidden-promotion', from: 'lead-generation', to: 'hunter' });
    expect(!check.ok && check.reason).toMatch(/too junior/);
  });

  it('uses a configured reason for a forbidden jump', () => {
    const own = promotionConfig({ forbidden: [{ from: 'lead-generation', to: 'hunter', reason: 'House rule: earn it.' }, { from: 'customer-management', to: 'hunter', reason: 'Not yet.' }] });
    expect(checkPromotion(own, rep('ana', 'lead-generation'), 'hunter')).toMatchObject({ ok: false, reason: 'House rule: earn it.' });
    expect(checkPromotion(own, rep('cam', 'customer-management'), 'hunter')).toMatchObject({ ok: false, reason: 'Not yet.' });
  });

  it('refuses skipping a step, going back, staying, and stations off the path', () => {
    const reason = (from: string, to: string) => {
      const check = checkPromotion(config, rep('x', from), to);
      return check.ok ? 'ok' : check.reason;
    };
    expect(reason('customer-management', 'hunter')).toMatch(/skips business-development; the career path goes one step at a time/);
    expect(reason('hunter', 'lead-generation')).toMatch(/goes back/);
    expect(reason('hunter', 'hunter')).toMatch(/already in hunter/);
    expect(reason('lead-management', 'lead-generation')).toMatch(/lead-management is not on the career path/);
    expect(reason('lead-generation', 'lead-management')).toMatch(/lead-management is not on the career path/);
  });

  it('throws a forbidden-promotion SalesLineError from assertPromotion', () => {
    expect(() => assertPromotion(config, rep('ana', 'lead-generation'), 'hunter')).toThrow(SalesLineError);
    expect(() => assertPromotion(config, rep('ana', 'lead-generation'), 'hunter')).toThrow(expect.objectContaining({ code: 'forbidden-promotion' }));
    expect(() => assertPromotion(config, rep('ana', 'lead-generation'), 'customer-management')).not.toThrow();
  });
});
