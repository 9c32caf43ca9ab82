// `npm run demo`: installs what is missing, builds, then runs the product on built-in defaults.
// With the portal present it serves it; otherwise it routes generated leads through the
// reference assembly line and prints every decision with its explanation.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, setup } from './setup.mjs';

setup();
run('pnpm', ['run', '--silent', 'build']);
if (existsSync(join(root, 'examples', 'portal', 'package.json'))) {
  run('pnpm', ['--filter', '@sales-line/example-portal', 'run', 'start']);
} else {
  run('pnpm', ['--filter', '@sales-line/example-01-route-a-lead', 'run', '--silent', 'start']);
}
