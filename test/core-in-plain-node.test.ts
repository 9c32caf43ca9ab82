import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
