import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn, testDir } from './helpers/node-process.ts';

const site = join(testDir, '..', 'docs', 'site');

describe('npm run docs', () => {
  it('builds the guides, the element, CLI and API references to static HTML', { timeout: 240_000 }, () => {
    const result = runIn(process.execPath, [join(testDir, '..', 'scripts', 'docs.mjs')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(join(site, 'getting-started.html'), 'utf8')).toContain('Route your first lead');
    expect(readFileSync(join(site, 'routing.html'), 'utf8')).toContain('<nav aria-label="Documentation">');
    expect(readFileSync(join(site, 'elements.html'), 'utf8')).toContain('&lt;sales-line-board&gt;');
    expect(readFileSync(join(site, 'cli.html'), 'utf8')).toContain('sales-line route');
    expect(readFileSync(join(site, 'api', 'functions', '_sales-line_core.createSalesLine.html'), 'utf8')).toContain('createSalesLine');
    // Every subpath entry of core is a module of the reference too, named as it is imported.
    expect(readFileSync(join(site, 'api', 'functions', '_sales-line_core_simulation.capacityModel.html'), 'utf8')).toContain('capacityModel');
  });
});
