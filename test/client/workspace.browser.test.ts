// The workspace end to end in headless Chromium on the seed articles: search → expand → undo → redo, the hub guard, evidence.
import { expect } from 'chai';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openExplorer, SCREENSHOT_DIR } from './support/browser';
import { canvasNodeIds, clickEdge, doubleClickNode, waitForCamera, waitForIdle, waitForNodeCount } from './support/canvas';
import { useSeededExplorer, type SeededExplorer } from './support/seeded-explorer';

/** The seed article with the most neighbours: a hub, and which one it is must not depend on the extractor's details. */
async function biggestArticle(base: string): Promise<{ id: string; total: number }> {
  const overview = await (await fetch(`${base}api/overview`)).json();
  const totals = await Promise.all(overview.latestArticles.map(async (a: { id: string }) => {
    const page = await (await fetch(`${base}api/nodes/${a.id}/neighbours?limit=1`)).json();
    return { id: a.id, total: page.total as number };
  }));
  return totals.sort((a, b) => b.total - a.total)[0];
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `workspace-${name}.png`) });

describe('The workspace on the seed articles', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();
  let app: SeededExplorer;
  let page: Page;

  before(async () => {
    app = seed();
    page = await openExplorer(seed().browser, app.url);
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
    // Where the node is on screen once the camera has come to rest on it, not where an animation passes it.
    await waitForCamera(page);
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

  it('When the analyst expands a hub, then it offers a choice instead of flooding the canvas, and a choice adds at most 50', async () => {
    const hub = await biggestArticle(app.url);
    expect(hub.total, 'the seed\'s biggest article has more than 50 neighbours').to.be.above(50);
    await page.locator('#clear').click();
    await page.evaluate((id) => window.whosaid.controller?.select(id), hub.id);
    await waitForIdle(page);
    await page.locator('#panel button', { hasText: 'Put its facts on the canvas' }).click();
    await waitForIdle(page);
    await page.evaluate((id) => window.whosaid.controller?.expand(id), hub.id);
    await page.waitForSelector('#panel .hub-warning');
    expect(await page.locator('#panel .hub-warning').textContent()).to.match(/has \d+ neighbours/);
    await shot(page, 'hub-guard');
    await page.locator('#clear').click();
    await page.evaluate((id) => window.whosaid.controller?.expand(id), hub.id);
    await page.waitForSelector('#panel .hub-warning');
    expect(await page.evaluate(() => window.whosaid.cy?.nodes().length)).to.equal(0);
    await page.locator('#panel button.choice', { hasText: 'What it reports' }).click();
    await waitForIdle(page);
    const statements = await page.evaluate(() => window.whosaid.cy?.nodes('.statement').length ?? 0);
    expect(statements).to.be.within(1, 50);
    const unspoken = await page.evaluate(() => window.whosaid.cy?.nodes('.statement').filter((s) => s.incomers('edge.SAID').empty() && Boolean(s.data('speaker'))).length);
    expect(unspoken, 'statements drawn without their known speaker').to.equal(0);
    await shot(page, 'hub-choice-added');
  });

  it('When the analyst clicks a link, then the panel shows its evidence: the sentence highlighted, the article, outlet and date', async () => {
    const said = await page.evaluate(() => window.whosaid.cy?.edges('.SAID').first().id());
    expect(said).to.be.a('string');
    await clickEdge(page, said as string);
    await page.waitForSelector('#panel .provenance .sentence mark');
    await waitForIdle(page);
    expect(await page.locator('#panel .edge-title').textContent()).to.equal('What they said');
    expect(await page.locator('#panel .sentence mark').textContent()).to.have.length.above(5);
    expect(await page.locator('#panel .source-meta').first().textContent()).to.match(/ · \d{1,2} \w{3} 2022$/);
    expect(await page.evaluate(() => window.whosaid.cy?.edges('.selected-edge').length)).to.equal(1);
    await shot(page, 'edge-evidence');
  });
});

describe('The workspace from a cold start, for the Kherson question', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();

  it('When the analyst asks "who said what about Kherson, and who says it was captured?", then three actions answer it', async () => {
    const page = await openExplorer(seed().browser, seed().url);
    let actions = 0;
    // 1: type the place's name.
    await page.locator('#search').fill('Kherson');
    actions += 1;
    await page.waitForSelector('#search-results .search-result');
    // 2: pick it from the results: the panel lists who said what about it, each statement with its speaker.
    await page.locator('#search-results .search-result', { hasText: /^PlaceKherson$/ }).click();
    actions += 1;
    await waitForIdle(page);
    const speakers = await page.locator('#panel .about-card .about-speaker').allTextContents();
    expect(speakers.length).to.be.at.least(3);
    expect(speakers.join(' | ')).to.contain('Mykhailo Podolyak');
    const quotes = await page.locator('#panel .about-card .quote-text').allTextContents();
    expect(quotes.some((q) => q.includes('Until the Ukrainian flag is flying over Kherson'))).to.equal(true);
    await shot(page, 'kherson-who-said-what');
    // 3: open who claims control: the capture, who claims it, and what contradicts it.
    await page.locator('#panel button', { hasText: 'Who claims control' }).click();
    actions += 1;
    await page.waitForSelector('#panel .claims');
    const claims = await page.locator('#panel .claim').allInnerTexts();
    const captured = claims.find((claim) => /Russia captured Kherson/.test(claim));
    expect(captured, 'a claim that Russia captured Kherson').to.not.equal(undefined);
    expect(captured).to.match(/Claimed by\s+the article itself \(The Independent\)/);
    expect(claims.some((claim) => /Russia withdrew from Kherson/.test(claim))).to.equal(true);
    await shot(page, 'kherson-claims');
    expect(actions).to.be.at.most(3);
    await page.close();
  });
});
