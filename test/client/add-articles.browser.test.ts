// The "Add articles" dialog end to end in headless Chromium: the real app with a write token, on the test Neo4j.
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../server/api/app';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { clearDatabase, testNeo4jSettings } from '../support/database';
import { buildClient, launchBrowser, openExplorer, SCREENSHOT_DIR } from './support/browser';
import { ingestInputs, textArticle } from '../ingest/support';

const TOKEN = 'browser-test-token-0123456789';
const PASTED = 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was "staying in Kherson forever", '
  + 'while Ukrainian President Volodymyr Zelensky told parliament in Kyiv that Ukraine would "return to Crimea".';

describe('The "Add articles" dialog', function () {
  this.timeout(300_000);
  let db: Database;
  let servers: Server[] = [];
  let browser: Browser;

  async function serve(token: string | null): Promise<string> {
    const quiet = { info: () => undefined, error: () => undefined };
    const server = createApp({ db, logger: quiet, writes: { token, bodyLimitBytes: 1024 * 1024 } }).listen(0, '127.0.0.1');
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  before(async () => {
    buildClient();
    db = connectDatabase(testNeo4jSettings());
    await applySchema(db);
    await clearDatabase();
    await ingestInputs(db, [textArticle('seed', 'Russian President Vladimir Putin said on Friday that "the operation goes on as planned", the Kremlin reported.')]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    servers = [];
    await db?.close();
  });

  it('When the server takes no writes, then the page shows no "Add articles" button', async () => {
    const page = await openExplorer(browser, await serve(null));
    await page.waitForTimeout(500);
    expect(await page.locator('#add-articles').isVisible()).to.equal(false);
    await page.close();
  });

  it('When an article is pasted with the token, then its result shows and the article and its facts appear without a reload', async () => {
    const page: Page = await openExplorer(browser, await serve(TOKEN));
    const before = await page.evaluate(() => window.whosaid.cy?.nodes().length ?? 0);
    await page.locator('#add-articles').click();
    expect(await page.locator('#add-token-row').isVisible()).to.equal(true);
    await page.fill('#add-token', 'not-the-token-0123456789');
    await page.fill('#add-text', PASTED);
    await page.fill('#add-title', 'Peskov and Zelensky on Kherson');
    await page.click('#add-submit');
    await page.waitForFunction(() => document.querySelector('#add-progress')?.textContent?.startsWith('Stopped'));
    expect(await page.textContent('#add-progress')).to.match(/not this server's write token/);

    await page.fill('#add-token', TOKEN);
    // The workspace writes itself into the address's #fragment as it changes: only another document is a reload.
    const navigations: string[] = [];
    const documentOf = (url: string) => url.split('#')[0];
    const opened = documentOf(page.url());
    page.on('framenavigated', (frame) => documentOf(frame.url()) !== opened && navigations.push(frame.url()));
    // A mark on the page's window survives only if the page was never loaded again.
    await page.evaluate(() => void ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.click('#add-submit');
    await page.waitForFunction(() => document.querySelector('#add-progress')?.textContent?.startsWith('Done'));
    await page.waitForFunction(() => window.whosaid.state === 'ready');
    expect(await page.textContent('#add-results')).to.match(/loaded.*Peskov and Zelensky on Kherson: 2 statements/);
    expect(await page.evaluate(() => sessionStorage.getItem('whosaid.writeToken'))).to.equal('browser-test-token-0123456789');
    expect(navigations).to.deep.equal([]);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).to.equal(true);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'add-articles-dialog.png') });

    await page.click('#add-close');
    const labels = await page.evaluate(() => window.whosaid.cy?.nodes().map((node) => node.data('label') as string) ?? []);
    expect(labels.length).to.be.greaterThan(before);
    expect(labels).to.include('Peskov and Zelensky on Kherson');
    expect(labels.some((label) => /Peskov/.test(label) && !/Kherson/.test(label))).to.equal(true);
    expect(labels.some((label) => /staying in Kherson forever/.test(label))).to.equal(true);
    await page.waitForFunction(() => !document.querySelector('#panel')?.textContent?.includes('Loading details'));
    expect(await page.textContent('#panel')).to.include('Peskov and Zelensky on Kherson');
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'add-articles-graph.png') });

    await page.locator('#add-articles').click();
    expect(await page.locator('#add-token-row').isVisible(), 'the token is asked once per session').to.equal(false);
    await page.close();
  });
});
