// The workspace end to end in headless Chromium on the seed articles: search → expand → undo → redo, the hub guard, evidence.
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildClient, launchBrowser, openExplorer, SCREENSHOT_DIR } from './support/browser';
import { canvasNodeIds, doubleClickNode, waitForCamera, waitForNodeCount } from './support/canvas';
import { startSeedApp, type SeedApp } from './support/seed-app';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `workspace-${name}.png`) });

describe('The workspace on the seed articles', function () {
  this.timeout(300_000);
  let app: SeedApp;
  let browser: Browser;
  let page: Page;

  before(async () => {
    buildClient();
    app = await startSeedApp();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchBrowser();
    page = await openExplorer(browser, app.url);
    page.on('pageerror', (error) => console.error('page error:', error.message));
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('When the analyst clears the canvas, searches, opens a result and expands it, then undo and redo take the expansion back and forth', async () => {
    await shot(page, 'cold-start');
    await page.locator('#clear').click();
    await waitForNodeCount(page, (n) => n === 0);
    await page.locator('#search').fill('Peskov');
    await page.waitForSelector('#search-results .search-result');
    await shot(page, 'search-results');
    await page.locator('#search-results .search-result').first().click();
    await waitForNodeCount(page, (n) => n === 1);
    expect(await canvasNodeIds(page)).to.deep.equal(['person:dmitry peskov']);
    await page.waitForSelector('#panel .quote-card');
    await doubleClickNode(page, 'person:dmitry peskov');
    const expanded = await waitForNodeCount(page, (n) => n > 1);
    await waitForCamera(page);
    await shot(page, 'expanded');
    const afterExpand = await canvasNodeIds(page);
    expect(afterExpand).to.include('person:dmitry peskov');
    expect(await page.evaluate(() => window.whosaid.cy?.nodes('.statement').length)).to.be.at.least(4);

    await page.locator('#undo').click();
    await waitForNodeCount(page, (n) => n === 1);
    await shot(page, 'undone');
    await page.keyboard.press('Control+Shift+Z');
    expect(await waitForNodeCount(page, (n) => n > 1)).to.equal(expanded);
    expect(await canvasNodeIds(page)).to.deep.equal(afterExpand);
    await shot(page, 'redone');
  });
});
