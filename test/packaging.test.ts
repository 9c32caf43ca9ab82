import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { installProject, packAll, packageNames, tarballFiles, tarballText, type PackageName } from './helpers/pack.ts';
import { runIn, testDir } from './helpers/node-process.ts';

const workspaceRoot = join(testDir, '..');
let tarballs: Record<PackageName, string>;

beforeAll(() => {
  ({ tarballs } = packAll());
});

/** Every concrete path an exports map can resolve to (patterns checked for at least one match). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

describe.each(packageNames)('the packed @sales-line/%s', (name) => {
  it('ships only what users need', () => {
    const files = tarballFiles(tarballs[name]);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']));
    const unexpected = files.filter(
      (file) => !/^(dist\/|schema\/|custom-elements\.json$|package\.json$|README\.md$|LICENSE$|CHANGELOG\.md$)/.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(files.filter((file) => /\.(test|spec)\.|\.map$|\/src\//.test(file))).toEqual([]);
  });

  it('has an exports map whose every entry resolves and no source condition', () => {
    const manifest = JSON.parse(tarballText(tarballs[name], 'package.json'));
    expect(JSON.stringify(manifest.exports)).not.toContain('"source"');
    const files = new Set(tarballFiles(tarballs[name]));
    for (const target of exportTargets(manifest.exports)) {
      const pattern = new RegExp(`^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
      expect([...files].some((file) => pattern.test(file)), `${target} is in the tarball`).toBe(true);
    }
    for (const field of ['version', 'license', 'repository', 'keywords', 'engines']) expect(manifest[field], field).toBeTruthy();
    expect(manifest.private).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });

  it('names no path of the machine it was built on', () => {
    for (const file of tarballFiles(tarballs[name]).filter((f) => /\.(js|ts|json|md)$/.test(f))) {
      expect(tarballText(tarballs[name], file), file).not.toContain(workspaceRoot);
    }
  });
});

describe('the tarballs installed into a plain Node project', () => {
  let dir: string;
  beforeAll(() => {
    dir = installProject('node-host', tarballs, { devDependencies: { typescript: '6.0.3' } }, {
      'main.mjs': `
        import { validateConfig } from '@sales-line/core';
        import { capacityModel } from '@sales-line/core/simulation';
        import { presets } from '@sales-line/core/presets';
        import { configJsonSchema } from '@sales-line/core/schema';
        const result = validateConfig({ version: 1,
          line: { stations: [{ id: 'lead-generation', name: 'SDR', stages: ['new'] }] },
          routing: { fallback: { station: 'lead-generation' } } });
        const subpaths = validateConfig(presets.assemblyLine).ok && capacityModel({}).line.stations.length > 0 && configJsonSchema().type === 'object';
        console.log(JSON.stringify({ ok: result.ok, subpaths }));
      `,
      'usage.ts': `
        import { validateConfig, parseConfig, SalesLineError, type SalesLineConfig, type ConfigIssue } from '@sales-line/core';
        import { SalesLineBoard } from '@sales-line/elements';
        import { capacityModel, type CapacityModel } from '@sales-line/core/simulation';
        import { computeBenchmarks } from '@sales-line/core/benchmarks';
        import { checkPromotion } from '@sales-line/core/promotion';
        import { describeCondition } from '@sales-line/core/rules';
        const model: CapacityModel = capacityModel({});
        const subpathsTyped: [IsAny<typeof computeBenchmarks>, IsAny<typeof checkPromotion>, IsAny<typeof describeCondition>] = [false, false, false];
        type IsAny<T> = 0 extends 1 & T ? true : false;
        const result = validateConfig({});
        const notAny: IsAny<typeof result> = false;
        if (!result.ok) { const issues: ConfigIssue[] = result.issues; issues[0]?.path satisfies (string | number)[] | undefined; }
        const config: SalesLineConfig = parseConfig({});
        config.line.stations[0]?.stages satisfies string[] | undefined;
        const boardIsClass: IsAny<SalesLineBoard> = false;
        export { notAny, boardIsClass, SalesLineError, model, subpathsTyped };
      `,
      'tsconfig.node16.json': JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['usage.ts'] }),
      'tsconfig.bundler.json': JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['usage.ts'] }),
    });
  });

  it('runs the SDK in plain Node ESM', () => {
    const result = runIn(process.execPath, ['main.mjs'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, subpaths: true });
  });

  it('installs the sales-line binary', () => {
    const result = runIn(join(dir, 'node_modules', '.bin', 'sales-line'), ['--help'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: sales-line');
  });

  it.each(['node16', 'bundler'])('typechecks the public API with moduleResolution %s', (resolution) => {
    const result = runIn(join(dir, 'node_modules', '.bin', 'tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: dir });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('ships the custom-elements manifest named by package.json', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'node_modules/@sales-line/elements/package.json'), 'utf8'));
    expect(existsSync(join(dir, 'node_modules/@sales-line/elements', manifest.customElements))).toBe(true);
  });
});
