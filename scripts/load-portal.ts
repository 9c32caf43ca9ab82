// `pnpm load:portal [--leads 10000] [--clients 50] [--url http://127.0.0.1:4321]`: a bounded
// load test of the demo portal on loopback. It posts generated leads from concurrent keep-alive
// clients, then checks from GET /api/state that every accepted lead is on the line exactly
// once (owned by a rep or waiting in one queue), and prints throughput and latency
// percentiles. Without --url it starts its own portal on a fresh data folder, and afterwards
// restarts it to count the leads again from the database.
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startPortal, type PortalServer } from '../test/helpers/portal-server.ts';

export interface LoadOptions {
  leads: number;
  clients: number;
  /** Prefix of the generated lead ids, so repeated runs on one data folder do not collide. */
  prefix?: string;
}

export interface LoadReport {
  leads: number;
  clients: number;
  accepted: string[];
  /** Refused posts with the reason the server gave (none expected for generated leads). */
  refused: { id: string; status: number; reason: string }[];
  /** Posts that got no answer at all (connection errors). */
  failed: { id: string; error: string }[];
  seconds: number;
  leadsPerSecond: number;
  /** Latency of one post, request to parsed answer, in milliseconds. */
  latency: { p50: number; p95: number; p99: number; max: number };
}

export interface LineCheck {
  /** Accepted leads missing from the line. */
  lost: string[];
  /** Accepted leads in more than one place (owned and queued, or in two queues). */
  misplaced: string[];
  /** How the accepted leads stand: owned by a rep, or waiting in a queue. */
  owned: number;
  queued: number;
}

const industries = ['fintech', 'healthcare', 'retail', 'logistics', 'software', 'manufacturing', 'gaming'];
const regions = ['emea', 'na', 'apac', 'latam'];
const sources = ['inbound', 'outbound', 'import', 'referral', 'event'];

/** The i-th generated lead: varied enough to take every routing branch of the reference line. */
export function loadLead(prefix: string, i: number) {
  return {
    id: `${prefix}-${i}`,
    name: `Load test company ${i}`,
    industry: industries[i % industries.length],
    region: regions[(i >> 3) % regions.length],
    source: sources[(i >> 5) % sources.length],
    employees: (i * 37) % 5000,
    score: i % 100,
    value: (i * 131) % 200_000,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Posts `leads` leads from `clients` concurrent clients, each sending its next post when the last one is answered. */
export async function loadPortal(url: string, options: LoadOptions): Promise<LoadReport> {
  const prefix = options.prefix ?? `load-${Date.now().toString(36)}`;
  const report: Omit<LoadReport, 'seconds' | 'leadsPerSecond' | 'latency'> = { ...options, accepted: [], refused: [], failed: [] };
  const latencies: number[] = [];
  let next = 0;
  const client = async () => {
    while (next < options.leads) {
      const lead = loadLead(prefix, next++);
      const started = performance.now();
      try {
        const response = await fetch(`${url}/api/leads`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(lead),
        });
        const body = (await response.json()) as { error?: string; decision?: { leadId: string } };
        latencies.push(performance.now() - started);
        if (response.status === 201 && body.decision?.leadId === lead.id) report.accepted.push(lead.id);
        else report.refused.push({ id: lead.id, status: response.status, reason: body.error ?? JSON.stringify(body) });
      } catch (error) {
        report.failed.push({ id: lead.id, error: String(error) });
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ...report,
    seconds: Math.round(seconds * 100) / 100,
    leadsPerSecond: Math.round(report.accepted.length / seconds),
    latency: {
      p50: round(percentile(latencies, 50)),
      p95: round(percentile(latencies, 95)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? 0),
    },
  };
}

/** Reads the line from GET /api/state and checks where every accepted lead stands. */
export async function checkLine(url: string, accepted: readonly string[]): Promise<LineCheck> {
  const { state } = (await (await fetch(`${url}/api/state`)).json()) as {
    state: { leads: Record<string, { ownerId: string | null; queue: string | null }>; queues: Record<string, string[]> };
  };
  const queuedIn = new Map<string, number>();
  for (const ids of Object.values(state.queues)) for (const id of ids) queuedIn.set(id, (queuedIn.get(id) ?? 0) + 1);
  const check: LineCheck = { lost: [], misplaced: [], owned: 0, queued: 0 };
  for (const id of accepted) {
    const record = state.leads[id];
    if (!record) {
      check.lost.push(id);
      continue;
    }
    const queued = queuedIn.get(id) ?? 0;
    const placed = record.ownerId !== null ? queued === 0 && record.queue === null : queued === 1 && record.queue !== null;
    if (!placed) check.misplaced.push(id);
    else if (record.ownerId !== null) check.owned++;
    else check.queued++;
  }
  return check;
}

/** The figures as a few printable lines. */
export function formatReport(report: LoadReport, check: LineCheck): string {
  const { p50, p95, p99, max } = report.latency;
  return [
    `${report.leads} lead posts from ${report.clients} concurrent clients in ${report.seconds} s: ${report.leadsPerSecond} leads/s`,
    `latency ms: p50 ${p50}, p95 ${p95}, p99 ${p99}, max ${max}`,
    `accepted ${report.accepted.length} (owned ${check.owned}, queued ${check.queued}), refused ${report.refused.length}, ` +
      `no answer ${report.failed.length}, lost ${check.lost.length}, misplaced ${check.misplaced.length}`,
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: { leads: { type: 'string', default: '10000' }, clients: { type: 'string', default: '50' }, url: { type: 'string' } },
  });
  const options = { leads: Number(values.leads), clients: Number(values.clients) };
  if (!Number.isInteger(options.leads) || options.leads < 1 || !Number.isInteger(options.clients) || options.clients < 1) {
    throw new Error('--leads and --clients: whole numbers of at least 1');
  }
  const own = values.url === undefined ? await startPortal() : null;
  const url = values.url ?? own!.url;
  let again: PortalServer | undefined;
  try {
    const report = await loadPortal(url, options);
    const check = await checkLine(url, report.accepted);
    console.log(formatReport(report, check));
    let ok = check.lost.length === 0 && check.misplaced.length === 0 && report.failed.length === 0;
    if (own) {
      await own.stop();
      again = await startPortal({ dataDir: own.dataDir });
      const reread = await checkLine(again.url, report.accepted);
      console.log(`after a restart on the same database: lost ${reread.lost.length}, misplaced ${reread.misplaced.length}`);
      ok &&= reread.lost.length === 0 && reread.misplaced.length === 0;
    }
    process.exitCode = ok ? 0 : 1;
  } finally {
    await own?.stop();
    await again?.stop();
    if (own) rmSync(own.dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
