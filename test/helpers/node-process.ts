import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `test/`: the workspace packages resolve from here to their builds. */
export const testDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs a command (from `test/` unless told otherwise) and captures its output. */
export function runIn(command: string, args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(command, args, {
    cwd: options.cwd ?? testDir,
    input: options.input,
    env: options.env ?? process.env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Evaluates an ES module snippet in a fresh plain Node process. */
export function runModule(source: string) {
  return runIn(process.execPath, ['--input-type=module', '--eval', source]);
}
