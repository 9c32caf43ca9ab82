import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { runModule } from './helpers/node-process.ts';

const require = createRequire(import.meta.url);

describe('the built core', () => {
  it('imports in plain Node with no DOM globals and validates a config', () => {
    const result = runModule(`
      for (const name of ['window', 'document', 'HTMLElement', 'customElements']) {
        if (name in globalThis) throw new Error('DOM global present: ' + name);
      }
      const core = await import('@sales-line/core');
      const result = core.validateConfig({ version: 1,
        line: { stations: [{ id: 'lead-generation', name: 'SDR', stages: ['new'] }] },
        routing: { fallback: { station: 'lead-generation' } } });
      console.log(JSON.stringify({ ok: result.ok, url: import.meta.resolve('@sales-line/core') }));
    `);
    expect(result.stderr).toBe('');
    const printed = JSON.parse(result.stdout);
    expect(printed.ok).toBe(true);
    expect(printed.url).toMatch(/packages\/core\/dist\/index\.js$/);
  });

  it('references no DOM API in its code', () => {
    const code = readFileSync(require.resolve('@sales-line/core'), 'utf8');
    // A DOM global followed by a member access (prose such as "this document." does not count).
    expect(code).not.toMatch(/\b(window|document|HTMLElement|customElements|localStorage)\.[A-Za-z_$]/);
  });
});

describe("the built core's entry points", () => {
  const entries = ['simulation', 'benchmarks', 'promotion', 'presets', 'records', 'rules', 'schema'];

  it('resolves every subpath in plain Node, each giving its own API', () => {
    const result = runModule(`
      const names = {};
      for (const entry of ${JSON.stringify(entries)}) names[entry] = Object.keys(await import('@sales-line/core/' + entry)).sort();
      const core = await import('@sales-line/core');
      const scenario = await import('@sales-line/core/simulation');
      console.log(JSON.stringify({ names, sameSimulate: core.simulate === scenario.simulate }));
    `);
    expect(result.stderr).toBe('');
    const { names, sameSimulate } = JSON.parse(result.stdout);
    expect(names.simulation).toEqual(expect.arrayContaining(['simulate', 'replay', 'capacityModel', 'ScenarioSchema', 'parseScenario']));
    expect(names.benchmarks).toEqual(expect.arrayContaining(['computeBenchmarks', 'readActivities', 'BenchmarkAccumulator']));
    expect(names.promotion).toEqual(expect.arrayContaining(['evaluatePromotions', 'checkPromotion', 'DEFAULT_CAREER_PATH']));
    expect(names.presets).toEqual(['presets']);
    expect(names.records).toEqual(expect.arrayContaining(['createRecordLineParser']));
    expect(names.rules).toEqual(expect.arrayContaining(['describeCondition', 'CONTEXT_FACTS', 'OPERATORS']));
    expect(names.schema).toEqual(['configJsonSchema']);
    expect(sameSimulate).toBe(true);
  });

  it('lets a bundler drop the analytics when a host imports only the line from the main entry', () => {
    const main = require.resolve('@sales-line/core');
    const result = buildSync({
      stdin: { contents: `export { createSalesLine, route, validateConfig, parseConfig } from ${JSON.stringify(main)};`, resolveDir: dirname(main) },
      bundle: true, format: 'esm', write: false, metafile: true, platform: 'neutral', logLevel: 'error',
      external: ['zod', 'immer', 'json-rules-engine'],
    });
    // Modules esbuild read but dropped are listed with no bytes in the output.
    const shipped = Object.values(result.metafile.outputs)[0]!.inputs;
    const modules = Object.keys(shipped).filter((file) => shipped[file]!.bytesInOutput > 0);
    expect(modules.some((file) => file.endsWith('sales-line.js'))).toBe(true);
    for (const analytics of ['simulation/', 'presets/', 'config-json-schema', 'benchmarks/compute-benchmarks', 'promotion/evaluate-promotions']) {
      expect(modules.filter((file) => file.includes(analytics))).toEqual([]);
    }
    const code = result.outputFiles[0]!.text;
    for (const name of ['function simulate(', 'function capacityModel(', 'function computeBenchmarks(', 'function configJsonSchema(', 'assemblyLine']) {
      expect(code).not.toContain(name);
    }
  });
});
