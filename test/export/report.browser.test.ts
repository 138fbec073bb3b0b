// The HTML report as a reader gets it: opened from disk in headless Chromium, nothing runs, every fact is cited, and it
// prints to PDF; pdftoppm turns the PDF into PNG pages in test-output/ to look at.
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import type { Database } from '../../server/graph/database';
import { loadExtraction } from '../../server/load/load-article';
import { startApiServer, type ApiServer } from '../api/api-server';
import { launchBrowser, SCREENSHOT_DIR } from '../client/support/browser';
import { seededDatabase } from '../support/seeded-database';
import { HOSTILE_ARTICLE_TEXT, hostileExtraction, HOSTILE_QUOTE, HOSTILE_TITLE } from './fixtures/hostile-article';
import { download } from './support/export-api';

const run = promisify(execFile);
const REPORT_DIR = path.join(SCREENSHOT_DIR, 'report');

describe('The HTML report in Chromium', function () {
  this.timeout(300_000);
  let db: Database;
  let api: ApiServer;
  let browser: Browser;
  let page: Page;
  let hostileArticle: string;
  const dialogs: string[] = [];

  before(async () => {
    db = await seededDatabase();
    ({ articleId: hostileArticle } = await loadExtraction(db, { text: HOSTILE_ARTICLE_TEXT, file: 'hostile.txt' }, hostileExtraction()));
    api = await startApiServer(db);
    rmSync(REPORT_DIR, { recursive: true, force: true });
    mkdirSync(REPORT_DIR, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  after(async () => {
    await browser?.close();
    await api?.stop();
    await db?.close();
  });

  async function openReport(query: string, file: string): Promise<void> {
    const { status, text } = await download(api, `/api/export?format=report&${query}`);
    expect(status).to.equal(200);
    const where = path.join(REPORT_DIR, file);
    writeFileSync(where, text);
    await page.goto(`file://${where}`);
  }

  it('When the report of a hostile article is opened, then no script runs and its markup shows as text', async () => {
    await openReport(`article=${hostileArticle}`, 'hostile.html');
    const found = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      markup: document.querySelectorAll('body b, body i, body script').length,
      title: document.title,
      quotes: Array.from(document.querySelectorAll('.quote')).map((element) => element.textContent),
    }));
    expect(dialogs).to.deep.equal([]);
    expect(found).to.deep.include({ scripts: 0, markup: 0, title: `whosaid: Article ${hostileArticle}: its statements and events, and the people, organizations and places involved` });
    expect(found.quotes[0]).to.include(HOSTILE_QUOTE.replace(/[\u0001\u000b\u001f]/g, '\uFFFD'));
    const sources = await page.locator('.sources li').allTextContents();
    expect(sources).to.have.length(1);
    expect(sources[0]).to.include(HOSTILE_TITLE).and.include('https://example.org/?a=1&b=<2>');
  });

  it('When the whole seed corpus is reported, then every statement and event is listed with a numbered citation and its sentence', async () => {
    await openReport('title=Who%20said%20what%20about%20Kherson', 'seed.html');
    const { body } = await api.get('/api/graph');
    const nodes = body.elements.nodes as { data: { type: string } }[];
    const count = (type: string) => nodes.filter((node) => node.data.type === type).length;
    const listed = await page.evaluate(() => {
      const items = Array.from(document.querySelectorAll('ol.facts li'));
      return {
        items: items.length,
        cited: items.filter((item) => /^\[\d+\]$/.test(item.querySelector('a.cite')?.textContent ?? '')).length,
        withSentence: items.filter((item) => item.querySelector('.sentence')).length,
        sources: document.querySelectorAll('.sources li').length,
        drawnNodes: document.querySelectorAll('figure svg circle, figure svg rect, figure svg polygon').length,
        heading: document.querySelector('h1')?.textContent,
      };
    });
    expect(listed).to.deep.include({ items: count('statement') + count('event'), cited: count('statement') + count('event'), sources: count('article') });
    expect(listed.withSentence).to.equal(listed.items);
    expect(listed.heading).to.equal('Who said what about Kherson');
    expect(listed.drawnNodes).to.be.greaterThan(50);
  });

  it('When the report is printed to PDF, then pdftoppm turns it into pages, the first showing the title and the drawing', async () => {
    const pdf = path.join(REPORT_DIR, 'seed.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    await run('pdftoppm', ['-png', '-r', '50', pdf, path.join(REPORT_DIR, 'page')]);
    const pages = readdirSync(REPORT_DIR).filter((name) => /^page-\d+\.png$/.test(name));
    expect(pages.length).to.be.greaterThan(2);
    const { stdout } = await run('pdftotext', ['-f', '1', '-l', '1', pdf, '-']);
    expect(stdout).to.include('Who said what about Kherson').and.include('Selection');
  });
});
