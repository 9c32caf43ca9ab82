import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDir } from './node-process.ts';

export const packageNames = ['core', 'elements', 'cli'] as const;
export type PackageName = (typeof packageNames)[number];

/** Packs each published package with pnpm (as `pnpm publish` would) into a fresh folder. */
export function packAll(): { dir: string; tarballs: Record<PackageName, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'sales-line-pack-'));
  const tarballs = {} as Record<PackageName, string>;
  for (const name of packageNames) {
    const output = execFileSync('pnpm', ['pack', '--pack-destination', dir], {
      cwd: join(testDir, '..', 'packages', name),
      encoding: 'utf8',
    });
    const tarball = output.trim().split('\n').findLast((line) => line.endsWith('.tgz'));
    if (!tarball) throw new Error(`pnpm pack printed no tarball for ${name}:\n${output}`);
    tarballs[name] = tarball.trim();
  }
  return { dir, tarballs };
}

/** Lists a tarball's files, without the leading `package/`. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.replace(/^package\//, ''));
}

export function tarballText(tarball: string, file: string): string {
  return execFileSync('tar', ['-xzOf', tarball, `package/${file}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/**
 * Makes a throwaway npm project that installs the tarballs (never workspace links) plus
 * `extra` dependencies from the registry.
 */
export function installProject(
  name: string,
  tarballs: Record<PackageName, string>,
  extra: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> } = {},
  files: Record<string, string> = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), `sales-line-${name}-`));
  const local = Object.fromEntries(packageNames.map((p) => [`@sales-line/${p}`, `file:${tarballs[p]}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name,
      private: true,
      type: 'module',
      dependencies: { ...local, ...extra.dependencies },
      devDependencies: extra.devDependencies ?? {},
      // The CLI and elements tarballs depend on core by version: use the local one.
      overrides: { '@sales-line/core': `file:${tarballs.core}` },
    }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  return dir;
}
