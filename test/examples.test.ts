import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIn, testDir } from './helpers/node-process.ts';

const examplesDir = join(testDir, '..', 'examples');
const numbered = readdirSync(examplesDir)
  .filter((name) => /^\d\d-/.test(name) && existsSync(join(examplesDir, name, 'package.json')))
  .sort();

describe('the numbered examples', () => {
  it('exist', () => {
    expect(numbered.length).toBeGreaterThan(0);
  });

  for (const name of numbered) {
    it(`${name} runs and prints its result`, () => {
      const pkg = JSON.parse(readFileSync(join(examplesDir, name, 'package.json'), 'utf8')) as { scripts?: { start?: string } };
      expect(pkg.scripts?.start, `${name} needs a "start" script`).toBeTruthy();
      const result = runIn('pnpm', ['--silent', 'run', 'start'], { cwd: join(examplesDir, name) });
      expect(result.stderr, result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.trim().length).toBeGreaterThan(0);
    });
  }
});
