import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { installProject, packAll, type PackageName } from './helpers/pack.ts';
import { runIn, testDir } from './helpers/node-process.ts';
import { launchChromium, serveStatic } from './helpers/browser.ts';

const examples = join(testDir, '..', 'examples');
let tarballs: Record<PackageName, string>;
let browser: Browser;

/** The example's own files (no node_modules, no build output), to install from tarballs instead. */
function exampleFiles(name: string): Record<string, string> {
  const dir = join(examples, name);
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      if (entry === 'node_modules' || entry === 'dist' || entry === 'package.json') continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = readFileSync(path, 'utf8');
    }
  };
  walk(dir);
  return files;
}

async function openAndCheckBoard(page: Page, url: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('sales-line-board')?.shadowRoot?.textContent?.includes('Acme Corp'));
  const text = await page.evaluate(() => document.querySelector('sales-line-board')!.shadowRoot!.textContent);
  expect(errors).toEqual([]);
  return text;
}

beforeAll(async () => {
  ({ tarballs } = packAll());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('examples/plain-html from the packed tarballs', () => {
  it('loads the browser module from a plain <script type="module"> and renders the board', async () => {
    const dir = installProject('plain-html', tarballs, {}, exampleFiles('plain-html'));
    const page = readFileSync(join(dir, 'index.html'), 'utf8');
    const server = await serveStatic(join(dir, 'node_modules/@sales-line/elements/dist'), { '/': page });
    try {
      const text = await openAndCheckBoard(await browser.newPage(), `${server.url}/`);
      expect(text).toContain('Globex');
      expect(text).toContain('Lead generation');
    } finally {
      await server.close();
    }
  });
});

describe('examples/react-host (React 19 + Vite) from the packed tarballs', () => {
  it('renders <sales-line-board> with a live line as a property, and React hears sales-line-move', async () => {
    const manifest = JSON.parse(readFileSync(join(examples, 'react-host', 'package.json'), 'utf8'));
    const dir = installProject(
      'react-host',
      tarballs,
      { dependencies: { react: manifest.dependencies.react, 'react-dom': manifest.dependencies['react-dom'] }, devDependencies: manifest.devDependencies },
      exampleFiles('react-host'),
    );
    const build = runIn(join(dir, 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: dir });
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const server = await serveStatic(join(dir, 'dist'), { '/': readFileSync(join(dir, 'dist', 'index.html'), 'utf8') });
    try {
      const page = await browser.newPage();
      const text = await openAndCheckBoard(page, `${server.url}/`);
      expect(text).toContain('Globex');
      // Move Acme with the card's menu; the listener React attached as `onsales-line-move` renders it.
      const board = page.locator('sales-line-board');
      await board.locator('[data-lead-id="L-1"] [part~="card-move-button"]').click();
      await board.locator('[role="menuitem"][data-stage="contacted"]').click();
      await expect.poll(() => page.locator('#last-move').textContent()).toBe('L-1 → contacted');
    } finally {
      await server.close();
    }
  });
});
