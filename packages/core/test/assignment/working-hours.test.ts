import { describe, expect, it } from 'vitest';
import { isWithinWorkingHours, localTime } from '../../src/assignment/working-hours.ts';
import { companyDomain } from '../../src/assignment/free-mail-domains.ts';
import { poolRef } from '../../src/assignment/pool-ref.ts';

describe('working hours', () => {
  const monday10utc = Date.UTC(2026, 0, 5, 10, 0, 0);

  it('reads the local weekday and minute in a time zone', () => {
    expect(localTime(monday10utc, 'UTC')).toEqual({ weekday: 1, minute: 600 });
    expect(localTime(monday10utc, 'America/New_York')).toEqual({ weekday: 1, minute: 300 });
    expect(localTime(Date.UTC(2026, 0, 4, 23, 30), 'Asia/Tokyo')).toEqual({ weekday: 1, minute: 510 });
  });

  it('includes the start and excludes the end', () => {
    const hours = { start: '10:00', end: '11:00' };
    expect(isWithinWorkingHours(hours, monday10utc)).toBe(true);
    expect(isWithinWorkingHours(hours, monday10utc + 3_600_000)).toBe(false);
  });

  it('handles a shift that runs past midnight', () => {
    const night = { start: '22:00', end: '06:00' };
    expect(isWithinWorkingHours(night, Date.UTC(2026, 0, 5, 23, 0))).toBe(true);
    expect(isWithinWorkingHours(night, Date.UTC(2026, 0, 5, 3, 0))).toBe(true);
    expect(isWithinWorkingHours(night, Date.UTC(2026, 0, 5, 12, 0))).toBe(false);
  });
});

describe('company domain', () => {
  it('lowercases the domain and ignores free mail and malformed addresses', () => {
    expect(companyDomain('Ana@Acme.IO')).toBe('acme.io');
    expect(companyDomain('ana@gmail.com')).toBeNull();
    expect(companyDomain('no-at-sign')).toBeNull();
    expect(companyDomain('trailing@')).toBeNull();
    expect(companyDomain(42)).toBeNull();
  });
});

describe('pool keys', () => {
  it('are equal for equal pools whatever the order of their lists', () => {
    const a = poolRef({ station: 'hunter', pool: { skills: ['es', 'de'], team: 'fintech' } });
    const b = poolRef({ station: 'hunter', pool: { team: 'fintech', skills: ['de', 'es'] }, strategy: 'round-robin' });
    expect(a.key).toBe(b.key);
    expect(a.key).toBe('hunter/team=fintech/skills=de+es#round-robin');
    expect(a.label).toBe('hunter/team fintech/skills de+es');
  });

  it('keep separate rotations per strategy', () => {
    expect(poolRef({ station: 'hunter', strategy: 'weighted' }).key).not.toBe(poolRef({ station: 'hunter' }).key);
  });
});
