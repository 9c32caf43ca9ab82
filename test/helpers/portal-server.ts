import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDir } from './node-process.ts';

export interface PortalServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts the demo portal exactly as `npm run demo` does, on a free port with its own data folder. */
export function startPortal(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<PortalServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'sales-line-portal-'));
  const child = spawn('pnpm', ['--silent', 'start'], {
    cwd: join(testDir, '..', 'examples', 'portal'),
    env: { ...process.env, PORT: '0', SALES_LINE_DATA: dataDir, SALES_LINE_TICK_SECONDS: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the portal did not start in 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /sales-line portal: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        dataDir,
        process: child,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            // The whole group: pnpm, tsx and node.
            process.kill(-child.pid!, signal);
          }),
      });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the portal exited with ${code}:\n${output}`));
    });
  });
}
