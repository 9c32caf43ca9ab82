import type { Lead, Rep, SalesLineConfig } from '@sales-line/core';
import { generateActivities } from '@sales-line/core/benchmarks';
import type { Activity } from './store.ts';

/** A small seeded PRNG (mulberry32): the seeded company is the same on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

const firstNames = ['Ana', 'Bo', 'Chidi', 'Dana', 'Emil', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Vik'];
const lastNames = ['Ruiz', 'Chen', 'Okafor', 'Levy', 'Novak', 'Haddad', 'Berg', 'Sato', 'Petrov', 'Li', 'Mensah', 'Vogel', 'Silva', 'Brown', 'Aziz', 'Rao'];
const companyWords = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell', 'Soylent', 'Cyberdyne', 'Wonka', 'Aperture', 'Massive', 'Nakatomi', 'Oscorp'];
const companySuffixes = ['Bank', 'Labs', 'Health', 'Logistics', 'Retail', 'Systems', 'Capital', 'Foods', 'Energy', 'Media'];
const industries = ['fintech', 'healthcare', 'retail', 'logistics', 'software', 'manufacturing'];
const regions = ['emea', 'na', 'apac', 'latam'];
const sources = ['inbound', 'outbound', 'import', 'referral', 'event'];

/** How many people each station gets in the seeded company (about 20 in all). */
const headcount: Record<string, number> = {
  'lead-management': 2,
  'lead-generation': 7,
  hunter: 5,
  'customer-management': 3,
  'business-development': 3,
};

export function seedReps(config: SalesLineConfig, seed = 7): Rep[] {
  const rng = random(seed);
  // Competency ratings (1–5) from the last review, which promotion rules read; a separate stream keeps the rest stable.
  const review = random(seed + 1);
  const reps: Rep[] = [];
  for (const station of config.line.stations) {
    const count = headcount[station.id] ?? 2;
    for (let i = 0; i < count; i++) {
      const name = `${firstNames[reps.length % firstNames.length]} ${rng.pick(lastNames)}`;
      reps.push({
        id: `${station.id.split('-').map((w) => w[0]).join('')}-${i + 1}`,
        name,
        station: station.id,
        team: station.id === 'hunter' ? (i < 2 ? 'fintech' : 'general') : station.id === 'lead-generation' ? (i % 2 ? 'outbound' : 'inbound') : 'core',
        skills: rng.next() < 0.4 ? ['enterprise'] : [],
        territory: rng.pick(regions),
        status: 'active',
        maxOpenLeads: station.id === 'hunter' ? 400 : 300,
        joinedStationAt: new Date(Date.UTC(2025, rng.int(0, 20), rng.int(1, 28))).toISOString().slice(0, 10),
        competencies: { discovery: review.int(1, 5), closing: review.int(1, 5) },
      });
    }
  }
  return reps;
}

/** About `count` leads spread over every station's stages, each owned by someone of that station. */
export function seedLeads(config: SalesLineConfig, reps: Rep[], count = 2000, seed = 11): Lead[] {
  const rng = random(seed);
  const places = config.line.stations.flatMap((station) => station.stages.map((stage) => ({ station: station.id, stage })));
  const leads: Lead[] = [];
  for (let i = 0; i < count; i++) {
    const place = rng.pick(places);
    const owners = reps.filter((r) => r.station === place.station);
    const company = `${rng.pick(companyWords)} ${rng.pick(companySuffixes)}`;
    leads.push({
      id: `L-${String(i + 1).padStart(5, '0')}`,
      name: `${rng.pick(firstNames)} ${rng.pick(lastNames)}`,
      company,
      stage: place.stage,
      ...(owners.length > 0 ? { ownerId: rng.pick(owners).id } : {}),
      industry: rng.pick(industries),
      region: rng.pick(regions),
      source: rng.pick(sources),
      employees: rng.int(5, 5000),
      value: rng.int(5, 150) * 1000,
      email: `buyer${i}@${company.toLowerCase().replace(/\W+/g, '')}.example`,
    });
  }
  return leads;
}

/**
 * A quarter of benchmark activities up to `end` (dials, conversations, meetings, wins,
 * renewals, inbound first touches), from core's generator with public default rates.
 */
export function seedActivities(reps: Rep[], days = 91, end = Date.now(), seed = 13): Activity[] {
  const period = { from: end - days * 86_400_000, to: end };
  return Array.from(generateActivities(reps, period, { seed }), (activity) => ({
    repId: activity.repId,
    type: activity.type,
    at: new Date(activity.at).toISOString(),
    ...(activity.leadId === undefined ? {} : { leadId: activity.leadId }),
    ...(activity.value === undefined ? {} : { value: activity.value }),
  }));
}
