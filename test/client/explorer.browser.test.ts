// The explorer end to end in headless Chromium: the real app on the test Neo4j, with the seed articles loaded by the real loader.
import { expect } from 'chai';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { cspViolations, openExplorer, SCREENSHOT_DIR } from './support/browser';
import { startSeededExplorer, type SeededExplorer } from './support/seeded-explorer';
import { clickNode, drawnLabelOverlaps, findNode, waitForCamera } from './support/canvas';

const SEED_OUTLETS = ['NBC News', 'The Moscow Times', 'news.com.au', 'The Independent', 'American Military News'];

describe('The explorer on the seed articles', function () {
  this.timeout(300_000);
  let explorer: SeededExplorer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    explorer = await startSeededExplorer();
    browser = explorer.browser;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    page = await openExplorer(browser, explorer.url);
  });

  after(() => explorer?.stop());

  it('When the page opens, then Putin, Peskov, Zelenskyy, Kherson and Lyman are drawn on the canvas', async () => {
    expect(await page.evaluate(() => window.whosaid.state)).to.equal('ready');
    for (const name of [/Putin/, /Peskov/, /Zelensk/, /^Kherson/, /^Lyman/]) {
      const node = await findNode(page, name);
      expect(node, `a node named ${name}`).to.not.equal(null);
      expect(node?.onScreen, `${node?.label} lies inside the canvas`).to.equal(true);
    }
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-overview.png') });
  });

  it('When the page opens, then the overview and the bundle\'s chunks are asked for beside the bundle, each once, and the force layout only after the first drawing', async () => {
    const { requests, announced, drawn } = await page.evaluate(() => ({
      requests: performance.getEntriesByType('resource')
        .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd })),
      announced: Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]'), (link) => new URL(link.href).pathname),
      drawn: window.whosaid.firstDrawMs ?? NaN,
    }));
    const bundle = requests.find((request) => request.path === '/app.js')!;
    const overview = requests.filter((request) => request.path === '/api/overview');
    const chunks = requests.filter((request) => /^\/chunk-\w+\.js$/.test(request.path));
    expect(overview).to.have.length(1);
    expect(announced).to.have.length.above(0);
    expect(await page.evaluate(() => window.whosaid.layoutThread?.()), 'the server laid the seed view out (the explorer was warmed up)').to.equal(null);
    for (const request of [...overview, ...chunks.filter((chunk) => announced.includes(chunk.path))]) {
      expect(request.start, request.path).to.be.below(bundle.end);
    }
    // The seed view comes laid out by the server: fCoSE's chunk is fetched once the graph is on screen, not before.
    const later = chunks.filter((chunk) => !announced.includes(chunk.path));
    expect(later, 'the force layout\'s chunk').to.have.length(1);
    expect(later[0].start).to.be.above(drawn);
  });

  it('When the graph is drawn, then no label covers another, and the legend counts every node type on the canvas', async () => {
    expect(await drawnLabelOverlaps(page)).to.deep.equal([]);
    const drawnLabels = await page.evaluate(() => window.whosaid.cy?.nodes(':visible').filter((n) => !n.hasClass('quiet')).length ?? 0);
    expect(drawnLabels).to.be.above(20);
    expect(await page.locator('#legend').isVisible()).to.equal(true);
    const legendTotal = await page.$$eval('#legend .legend-row .count', (counts) => counts.reduce((sum, c) => sum + Number(c.textContent), 0));
    expect(legendTotal).to.equal(await page.evaluate(() => window.whosaid.cy?.nodes().length));
  });

  it('When the analyst clicks Putin, then the panel lists his quotes with article, outlet and date', async () => {
    const putin = await findNode(page, /Putin$/, 'person');
    await clickNode(page, putin?.id as string);
    await page.waitForSelector('#panel .quote-card');
    await waitForCamera(page);
    expect(await page.locator('#panel .node-title').textContent()).to.match(/Putin/);
    const firstQuote = page.locator('#panel .quote-card').first();
    expect((await firstQuote.locator('.quote-text').textContent())?.length).to.be.above(5);
    expect(await firstQuote.locator('.source-title').textContent()).to.not.equal('');
    const source = (await firstQuote.locator('.source-meta').textContent()) ?? '';
    expect(SEED_OUTLETS.some((outlet) => source.startsWith(outlet)), source).to.equal(true);
    expect(source).to.match(/\d{1,2} \w{3} 20\d\d$/);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-person.png') });
  });

  it('When the analyst then clicks one of his statements on the canvas, then the panel shows the sentence it came from', async () => {
    const statementId = await page.evaluate(() => window.whosaid.cy?.nodes('.focus').outgoers('node.statement').first().id());
    expect(statementId, 'a statement said by the selected person').to.be.a('string');
    await clickNode(page, statementId as string);
    await page.waitForSelector('#panel .provenance');
    await waitForCamera(page);
    expect(await page.locator('#panel .node-title').textContent()).to.match(/^Statement by .*Putin/);
    const sentence = (await page.locator('#panel .sentence').textContent()) ?? '';
    const marked = (await page.locator('#panel .sentence mark').textContent()) ?? '';
    expect(marked.length).to.be.above(5);
    expect(sentence).to.contain(marked);
    expect(await page.locator('#panel .source-meta').textContent()).to.satisfy((meta: string) => SEED_OUTLETS.some((o) => meta.startsWith(o)));
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-statement.png') });
  });

  it('When the analyst searches for Kherson, then the server\'s matches are listed, counted and highlighted on the canvas', async () => {
    await page.locator('#search').fill('kherson');
    await page.waitForSelector('#search-results .search-result');
    await waitForCamera(page);
    const status = (await page.locator('#search-status').textContent()) ?? '';
    const listed = await page.locator('#search-results .search-label').allTextContents();
    expect(status).to.equal(`${listed.length} matches`);
    expect(listed).to.include.members(['Kherson', 'Kherson region']);
    const matched = await page.evaluate(() => window.whosaid.cy?.nodes('.match').map((n) => String(n.data('label'))) ?? []);
    expect(matched).to.include.members(['Kherson', 'Kherson region']);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'explorer-search.png') });
  });

  it('When a node of a hidden type comes back through Undo, then it is hidden at once, not a frame later', async () => {
    const other = await openExplorer(browser, explorer.url);
    try {
      // Removed while articles show, so it comes back with the classes it left with; articles are hidden meanwhile.
      const id = await other.evaluate(() => {
        const article = window.whosaid.cy!.nodes('.article').first().id();
        window.whosaid.view!.history.remove([article]);
        return article;
      });
      await other.locator('#legend input[data-type="article"]').uncheck();
      const back = await other.evaluate((article) => {
        window.whosaid.view!.history.undo();
        // Read in the same task as the undo: no frame has been drawn since.
        const node = window.whosaid.cy!.getElementById(article);
        return { onCanvas: node.nonempty(), hidden: node.hasClass('hidden') };
      }, id);
      expect(back).to.deep.equal({ onCanvas: true, hidden: true });
    } finally {
      await other.close();
    }
  });

  it('When the page is served with its Content-Security-Policy, then the policy blocks nothing the explorer does, clicks and searches included', async () => {
    const response = await page.request.get(page.url());
    expect(response.headers()['content-security-policy']).to.include("script-src 'self'");
    expect(await cspViolations(page)).to.deep.equal([]);
  });
});
