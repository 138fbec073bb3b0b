// Starts Debian's headless Chromium through playwright-core with the flags a sandboxless test machine needs.

import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildClient as buildClientFiles } from '../../../scripts/build-client';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const VIEWPORT = { width: 1440, height: 900 };

/** Where browser tests leave their screenshots (ignored by git). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../test-output');

/** Builds the client as `npm run build:client` does (no source map), so a browser test never runs yesterday's bundle. */
export function buildClient(): void {
  buildClientFiles();
}

/** Debian's Chromium, which `apt-get install chromium` (and .ci/run) puts at /usr/bin/chromium. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens the explorer and waits until it has either drawn and laid out the graph or given up with a message. */
export async function openExplorer(browser: Browser, baseUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // Whatever the Content-Security-Policy blocks is noted, for cspViolations() to report.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`));
  });
  await page.goto(baseUrl);
  await page.waitForFunction(() => window.whosaid && window.whosaid.state !== 'loading', null, { timeout: 60_000 });
  return page;
}

/** What the page's Content-Security-Policy blocked since it opened (directive, what, a sample). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}
