// Debian's Chromium, headless, as this project drives it everywhere (tests, benches, screenshots).
// Test tools never download a browser of their own here; scripts/setup.mjs installs this one.
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Root needs --no-sandbox; without the networking flags Chromium keeps calling closed hosts. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * playwright-core is imported on first launch: setup.mjs reads the path before dependencies exist.
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
}
