// The explorer in headless Chromium against a stand-in API: what the analyst sees when the API fails or the graph is empty.
import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import type { GraphPayload, NodeDetails } from '../../server/contract';
import { buildClient, launchBrowser, openExplorer } from './support/browser';
import { fixtureApp, listen, type RunningServer } from './support/fixture-app';

const hostileSentence = 'He said <img src=x onerror="window.pwned=1"> was <b>fine</b>.';
const hostileGraph: GraphPayload = {
  elements: {
    nodes: [
      { data: { id: 'person:a', label: '<script>window.pwned=1</script>Alice', type: 'person' } },
      { data: { id: 'a1:s1', label: '<img src=x onerror="window.pwned=1">', type: 'statement', kind: 'direct' } },
    ],
    edges: [{ data: { id: 'SAID:1', source: 'person:a', target: 'a1:s1', type: 'SAID' } }],
  },
};
const hostileDetails: Record<string, NodeDetails> = {
  'a1:s1': {
    node: hostileGraph.elements.nodes[1].data,
    provenance: {
      article: { id: 'a1', title: '<i>Title</i>', outlet: '<u>Outlet</u>', date: '2022-10-05' },
      sentence: hostileSentence,
      sentenceStart: 100,
      sentenceEnd: 100 + hostileSentence.length,
      start: 108,
      end: 146,
    },
  },
};

describe('The explorer when things go wrong', function () {
  this.timeout(120_000);
  let browser: Browser;
  let server: RunningServer | undefined;

  before(async () => {
    buildClient();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  after(async () => {
    await browser?.close();
  });

  it('When the API answers 503, then a banner says so, with the reason and a way to retry', async () => {
    server = await listen(fixtureApp({ failWith: 503 }));
    const page = await openExplorer(browser, server.url);
    const banner = page.locator('#banner');
    expect(await banner.isVisible()).to.equal(true);
    expect(await banner.textContent()).to.contain('The whosaid API is not answering.').and.contain('Neo4j does not answer');
    expect(await page.locator('#banner .banner-retry').isVisible()).to.equal(true);
    expect(await page.evaluate(() => window.whosaid.state)).to.equal('error');
    await page.close();
  });

  it('When the server is gone altogether, then the banner still appears', async () => {
    server = await listen(fixtureApp({ failWith: 503 }));
    const page = await openExplorer(browser, server.url);
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.locator('#banner .banner-retry').click();
    await page.waitForFunction(() => window.whosaid.state === 'error' && !document.getElementById('banner')?.hidden);
    expect(await page.locator('#banner').textContent()).to.contain('cannot reach /api/overview');
    await page.close();
  });

  it('When the graph is empty, then a message explains why and what to do', async () => {
    server = await listen(fixtureApp({ graph: { elements: { nodes: [], edges: [] } } }));
    const page = await openExplorer(browser, server.url);
    expect(await page.evaluate(() => window.whosaid.state)).to.equal('empty');
    expect(await page.locator('#empty').isVisible()).to.equal(true);
    expect(await page.locator('#empty').textContent()).to.contain('The graph is empty');
    expect(await page.locator('#banner').isVisible()).to.equal(false);
    await page.close();
  });

  it('When names, quotes and sentences hold markup, then the page shows it as text and runs none of it', async () => {
    server = await listen(fixtureApp({ graph: hostileGraph, details: hostileDetails }));
    const page = await openExplorer(browser, server.url);
    await page.evaluate(() => {
      window.whosaid.cy?.getElementById('a1:s1').emit('tap');
    });
    await page.waitForSelector('#panel .provenance');
    expect(await page.locator('#panel .sentence').textContent()).to.equal(hostileSentence);
    expect(await page.locator('#panel .source-meta').textContent()).to.contain('<u>Outlet</u>');
    expect(await page.locator('#panel img, #panel script, #panel b, #panel u, #panel i').count()).to.equal(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).to.equal(undefined);
    await page.close();
  });
});
