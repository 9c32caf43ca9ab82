// Installs what the project needs on a fresh Debian machine with Node >= 20.19:
// pnpm, the workspace's dependencies and, when asked, Debian's Chromium for browser tests.
// Every step is skipped when already done, so running it twice is cheap.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

export const root = fileURLToPath(new URL('..', import.meta.url));
const PNPM_VERSION = '10.34.9';
const localTools = join(root, '.tools');

/** Runs a command with inherited output; exits the process with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, env: process.env, ...options });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    console.error(`\n✗ ${command} ${args.join(' ')} failed (${why})`);
    process.exit(result.status || 1);
  }
}

const works = (command, args) => spawnSync(command, args, { stdio: 'ignore', env: process.env }).status === 0;

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`sales-line needs Node.js >= 20.19; this is ${process.version}.`);
    process.exit(1);
  }
}

/** pnpm 10 (pnpm 11+ needs Node 22): global install when allowed, else a project-local one. */
function ensurePnpm() {
  process.env.PATH = [join(localTools, 'node_modules', '.bin'), process.env.PATH].join(delimiter);
  if (works('pnpm', ['--version'])) return;
  console.log(`→ installing pnpm ${PNPM_VERSION}`);
  if (spawnSync('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`], { stdio: 'inherit' }).status === 0 && works('pnpm', ['--version'])) return;
  mkdirSync(localTools, { recursive: true });
  run('npm', ['install', '--no-save', '--prefix', localTools, `pnpm@${PNPM_VERSION}`]);
}

function ensureDependencies() {
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only']);
}


/** Debian's Chromium: test tools must never download a browser of their own. */
function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  console.log('→ installing Debian chromium (browser tests)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', 'chromium');
}

export function setup({ browser = false } = {}) {
  checkNode();
  ensurePnpm();
  ensureDependencies();
  if (browser) ensureChromium();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  setup({ browser: process.argv.includes('--browser') });
  console.log(`✓ ready (pnpm ${execFileSync('pnpm', ['--version']).toString().trim()})`);
}
