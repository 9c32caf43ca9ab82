// What-if replay: the same leads routed under two configs, counted as they stream by.
import { parseConfig, replay, type Lead } from '../../packages/core/src/index.ts';
import { generateLeads, routingConfig } from '../../packages/core/test/fixtures/rules.ts';

export const title = 'Replay: one million leads under two configs';

const LEADS = Number(process.env.BENCH_REPLAY_LEADS ?? 1_000_000);
const CHUNK = 10_000;
const GOAL_SECONDS = 10;
const REPS_PER_STATION = Number(process.env.BENCH_REPLAY_REPS ?? 10);

/** Streams the routing fixtures' generated leads in chunks: the replay never needs them all at once. */
function* leads(): Generator<Lead> {
  for (let from = 0, seed = 1; from < LEADS; from += CHUNK, seed++) {
    for (const { lead } of generateLeads(Math.min(CHUNK, LEADS - from), seed)) yield lead;
  }
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
}

export async function run(): Promise<void> {
  const before = parseConfig(routingConfig());
  const input = routingConfig();
  // The change under study: strategic deals outrank the industry rules.
  const strategic = input.routing.rules?.find((rule) => rule.name === 'strategic-deal');
  if (strategic === undefined) throw new Error('the fixture lost its strategic-deal rule');
  strategic.priority = 85;
  const after = parseConfig(input);

  // Generating the leads is the fixture's cost, not the replay's: time it alone and subtract.
  const generateCpu = process.cpuUsage();
  let generated = 0;
  for (const _ of leads()) generated++;
  const generateSeconds = cpuSeconds(generateCpu);

  const started = performance.now();
  const cpu = process.cpuUsage();
  const diff = await replay(before, after, leads());
  const wall = (performance.now() - started) / 1000;
  const cpuUsed = cpuSeconds(cpu);
  if (diff.total !== generated) throw new Error(`replay counted ${diff.total} of ${generated} leads`);
  const replaySeconds = cpuUsed - generateSeconds;
  console.log(`replay: ${diff.total.toLocaleString('en-US')} leads, 20 rules each side; ${diff.changedLeads.toLocaleString('en-US')} decisions change`);
  console.log(`  total (with generating the leads)  ${wall.toFixed(2)} s wall, ${cpuUsed.toFixed(2)} s CPU`);
  console.log(`  generating the leads alone         ${generateSeconds.toFixed(2)} s CPU`);
  console.log(`  replay alone                       ≈ ${replaySeconds.toFixed(2)} s CPU ≈ ${Math.round(diff.total / replaySeconds).toLocaleString('en-US')} leads/s`);
  // Scaled to a million when a quick run used fewer leads (the replay is linear in leads).
  const scale = 1_000_000 / diff.total;
  // The goal is the replay's; the fixture's lead generation is timed apart and subtracted.
  const verdict = (wall - generateSeconds) * scale < GOAL_SECONDS ? 'met' : replaySeconds * scale < GOAL_SECONDS ? 'met in CPU time (wall time includes other processes here)' : 'MISSED';
  console.log(`Goal: a million leads replayed in < ${GOAL_SECONDS} s${scale === 1 ? '' : ` (scaled from ${diff.total.toLocaleString('en-US')})`}: ${verdict}.`);

  // With people on the line every lead is also assigned on both sides (eligibility, rotation,
  // loads carried from lead to lead), the way addLeads assigns.
  // Each station's reps are spread over the teams its rules route to, so team pools have people in them
  // and moving a rule sends leads to other people (without teams those leads queue on both sides).
  const teamsOf = (station: string) => [
    ...new Set((before.routing.rules ?? []).flatMap((rule) => (rule.event.params.station === station && rule.event.params.pool?.team ? [rule.event.params.pool.team] : []))),
  ];
  const reps = before.line.stations.flatMap((station) => {
    const teams = teamsOf(station.id);
    return Array.from({ length: REPS_PER_STATION }, (_, i) => ({
      id: `${station.id}-${i + 1}`,
      name: `${station.name} ${i + 1}`,
      station: station.id,
      ...(teams.length > 0 ? { team: teams[i % teams.length] } : {}),
    }));
  });
  const withRepsStarted = performance.now();
  const withRepsCpu = process.cpuUsage();
  const assigned = await replay(before, after, leads(), { reps });
  const withRepsWall = (performance.now() - withRepsStarted) / 1000;
  const withRepsSeconds = cpuSeconds(withRepsCpu) - generateSeconds;
  console.log(`replay with ${reps.length} reps (${REPS_PER_STATION} a station): ${assigned.changed.owner.toLocaleString('en-US')} leads change owner`);
  console.log(`  total (with generating the leads)  ${withRepsWall.toFixed(2)} s wall`);
  console.log(`  replay alone                       ≈ ${withRepsSeconds.toFixed(2)} s CPU ≈ ${Math.round(assigned.total / withRepsSeconds).toLocaleString('en-US')} leads/s`);
  console.log(`  per lead, both configs             ≈ ${((withRepsSeconds / assigned.total) * 1e6).toFixed(1)} µs CPU (without reps ≈ ${((replaySeconds / diff.total) * 1e6).toFixed(1)} µs)`);
  const withRepsVerdict = withRepsSeconds * scale < GOAL_SECONDS ? 'met in CPU time' : 'MISSED';
  console.log(`Goal with reps: a million leads replayed in < ${GOAL_SECONDS} s${scale === 1 ? '' : ' (scaled)'}: ${withRepsVerdict} (${(withRepsSeconds * scale).toFixed(1)} s CPU for a million).`);
}
