// `npm test`: installs what is missing, then runs every check in order, stopping at the first failure.
import { run, setup } from './setup.mjs';

setup({ browser: true });

const steps = [
  ['typecheck', ['typecheck']],
  ['unit tests (core, cli)', ['test:unit']],
  ['build', ['build']],
  ['bundle budgets', ['size', '--check']],
  ['element tests (headless Chromium)', ['test:browser']],
  ['cross-package checks on the built packages, examples', ['test:cross']],
];
const started = Date.now();
for (const [index, [title, args]] of steps.entries()) {
  console.log(`\n━━ ${index + 1}/${steps.length} ${title}`);
  run('pnpm', ['run', '--silent', ...args], { env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR } });
}
console.log(`\nAll checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
console.log(`steps: ${steps.length} passed, 0 failed`);
