import { createRequire } from 'node:module';
import { Bench } from 'tinybench';
import { compileRouting } from '../../packages/core/src/routing/compile-routing.ts';
import { createReferenceEngine } from '../../packages/core/src/rules/run-engine.ts';
import { resolvePath } from '../../packages/core/src/rules/resolve-path.ts';
import { routeSync, type Lead, type RoutingContext } from '../../packages/core/src/index.ts';
import { generateLeads, routingConfig } from '../../packages/core/test/fixtures/rules.ts';
import { handWrittenRoute } from './support/hand-written-routing.ts';

export const title = 'Routing: 20 rules, first match, one lead at a time';

// json-rules-engine is a dependency of core only; resolve it from there (pnpm does not hoist).
interface EngineLike {
  setCondition(name: string, condition: unknown): void;
  addRule(rule: unknown): void;
  run(facts: Record<string, unknown>): Promise<{ results: unknown[] }>;
}
const { Engine } = createRequire(new URL('../../packages/core/package.json', import.meta.url))('json-rules-engine') as {
  Engine: new (rules: unknown[], options: object) => EngineLike;
};

const LEADS = Number(process.env.BENCH_LEADS ?? 100_000);
/** json-rules-engine takes ~30 s for 100,000 leads here; a sample spread over the rounds gives its rate. */
const ENGINE_LEADS = Math.min(LEADS, Number(process.env.BENCH_ENGINE_LEADS ?? 14_000));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** `sparse`: unknown fields absent (many object shapes); `uniform`: same keys on every lead. */
const SHAPE = process.env.BENCH_SHAPE === 'uniform' ? 'uniform' : 'sparse';

function cpuMilliseconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export async function run(): Promise<void> {
  const config = routingConfig();
  const routing = compileRouting(config);
  const rules = routing.rules;
  const cases = generateLeads(LEADS, 42, { shape: SHAPE });
  const engineCases = cases.slice(0, ENGINE_LEADS);

  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath });
  for (const [name, condition] of Object.entries(routing.config.routing.conditions ?? {})) engine.setCondition(name, condition);
  for (const rule of routing.config.routing.rules) engine.addRule({ name: rule.name, priority: rule.priority ?? 1, conditions: rule.conditions, event: { type: 'route' } });
  const reference = createReferenceEngine(routing.config.routing.rules, routing.config.routing.conditions);

  // Same decisions first: a fast wrong answer is worth nothing.
  for (const { lead, context } of cases) {
    const compiled = rules.firstMatch(lead, context);
    if (handWrittenRoute(lead, context) !== compiled) throw new Error(`Hand-written chain disagrees on ${JSON.stringify(lead)}`);
    const traced = rules.evaluate(lead, context, { trace: true });
    if (traced.winner !== compiled || (traced.rules.find((rule) => rule.matched)?.index ?? -1) !== compiled) throw new Error(`Trace disagrees on ${JSON.stringify(lead)}`);
  }
  const order = rules.order.map((rule) => rule.index);
  for (const { lead, context } of engineCases.slice(0, 2_000)) {
    const results = await reference.run(lead, context);
    const winner = order.find((index) => results[index]?.matched) ?? -1;
    if (winner !== rules.firstMatch(lead, context)) throw new Error(`json-rules-engine disagrees on ${JSON.stringify(lead)}`);
  }

  let sink = 0;
  const everyLead = (fn: (lead: Lead, context: RoutingContext) => number) => () => {
    for (const { lead, context } of cases) sink += fn(lead, context);
  };
  const chunk = Math.ceil(engineCases.length / ROUNDS);
  let round = 0;
  const tasks: [string, number, () => unknown][] = [
    ['json-rules-engine, engine.run per lead', chunk, async () => {
      for (const { lead, context } of engineCases.slice(round * chunk, (round + 1) * chunk)) {
        const { results } = await engine.run({ ...lead, ...context });
        sink += results.length;
      }
    }],
    ['compiled, no trace (firstMatch)', LEADS, everyLead((lead, context) => rules.firstMatch(lead, context))],
    ['compiled, with trace (recorded, built on read)', LEADS, everyLead((lead, context) => rules.evaluate(lead, context, { trace: true }).winner)],
    ['compiled, with trace read (RuleTrace objects built)', LEADS, everyLead((lead, context) => rules.evaluate(lead, context, { trace: true }).rules.length)],
    ['hand-written if chain', LEADS, everyLead(handWrittenRoute)],
    ['routeSync, decision with full explanation', LEADS, everyLead((lead, context) => routeSync(config, lead, context).explanation.rules.length)],
    ['routeSync, decision with winner-only trace', LEADS, everyLead((lead, context) => routeSync(config, lead, context, { trace: false }).explanation.rules.length)],
  ];
  // Interleaved rounds timed in CPU time: the machine is shared, and other processes'
  // load would otherwise land on whichever evaluator happened to run at that moment.
  const samples = new Map<string, number[]>(tasks.map(([name]) => [name, []]));
  for (const [, , fn] of tasks) await fn();
  for (round = 0; round < ROUNDS; round++) {
    const bench = new Bench({ iterations: 1, time: 0, warmup: false, now: cpuMilliseconds });
    for (const [name, , fn] of tasks) bench.add(name, fn);
    await bench.run();
    for (const [name, leads] of tasks) {
      const result = bench.getTask(name)?.result;
      if (result === undefined || !('latency' in result)) throw new Error(`${name} did not complete: ${JSON.stringify(result)}`);
      samples.get(name)?.push(leads / (result.latency.mean / 1000));
    }
  }
  const rate = (name: string): number => median(samples.get(name) ?? []);
  const base = rate('json-rules-engine, engine.run per lead');
  const hand = rate('hand-written if chain');
  const rows = tasks.map(([name, leads]) => ({ name, perSecond: rate(name), leads: name.startsWith('json-rules-engine') ? chunk * ROUNDS : leads }));
  const format = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  const ratio = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
  console.log(`| evaluator | leads | leads/s | × json-rules-engine | hand-written ÷ this |`);
  console.log(`|---|---:|---:|---:|---:|`);
  for (const row of rows) {
    console.log(`| ${row.name} | ${format.format(row.leads)} | ${format.format(row.perSecond)} | ${ratio.format(row.perSecond / base)} | ${ratio.format(hand / row.perSecond)} |`);
  }
  console.log(`\n(${SHAPE} leads; medians of ${ROUNDS} interleaved rounds in CPU time; ${format.format(LEADS)} leads per round, json-rules-engine ${format.format(chunk)} per round; checksum ${sink % 997})`);
  const compiled = rate('compiled, no trace (firstMatch)') / base;
  const traced = rate('compiled, with trace (recorded, built on read)') / base;
  const tracedRead = rate('compiled, with trace read (RuleTrace objects built)') / base;
  const withinHand = hand / rate('compiled, no trace (firstMatch)');
  console.log(`Goals: compiled ≥ 300× (${ratio.format(compiled)}×) ${compiled >= 300 ? 'met' : 'MISSED'}; with trace ≥ 150× (${ratio.format(traced)}×; ${ratio.format(tracedRead)}× when every lead's trace is also read) ${traced >= 150 ? 'met' : 'MISSED'}; within 3× of hand-written (${ratio.format(withinHand)}×) ${withinHand <= 3 ? 'met' : 'MISSED'}.`);
}
