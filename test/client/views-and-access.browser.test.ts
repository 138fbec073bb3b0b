// The workspace kept and shared (timeline brush, permalink), and usable by everyone: 1024 px, keyboard, zoom, contrast.
import { expect } from 'chai';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openExplorer, SCREENSHOT_DIR } from './support/browser';
import { waitForIdle, waitForNodeCount } from './support/canvas';
import { contrastFailures } from './support/contrast';
import { EMPTY_SNAPSHOT, encodeSnapshot } from '../../client/workspace/permalink';
import { useSeededExplorer, type SeededExplorer } from './support/seeded-explorer';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOT_DIR, `views-${name}.png`) });
const visibleStatements = (page: Page) => page.evaluate(() => window.whosaid.cy?.nodes('.statement').filter((n) => n.visible()).length ?? 0);

describe('The workspace kept, shared and accessible', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();
  let app: SeededExplorer;
  let browser: Browser;
  before(() => {
    app = seed();
    browser = seed().browser;
  });

  it('When the analyst drags across the timeline, then the canvas keeps only the facts of that window, and All dates brings them back', async () => {
    const page = await openExplorer(browser, app.url);
    await page.waitForSelector('#timeline .timeline-chart rect');
    // The page around the canvas settles after the first layout (the strip redraws as it resizes): drag once it rests.
    await waitForIdle(page);
    const before = await visibleStatements(page);
    const chart = await page.locator('#timeline .timeline-chart').boundingBox();
    if (!chart) throw new Error('test: the timeline has no chart');
    // The right end of the strip holds the autumn 2022 articles; the March article lies at the far left.
    await page.mouse.move(chart.x + chart.width * 0.5, chart.y + chart.height / 2);
    await page.mouse.down();
    await page.mouse.move(chart.x + chart.width * 0.999, chart.y + chart.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForFunction(() => (document.getElementById('time-from') as HTMLInputElement).value !== '');
    // The window's fields are set first; on a busy machine the canvas may show the filter a moment later.
    let during = await visibleStatements(page);
    for (const deadline = Date.now() + 10_000; during === before && Date.now() < deadline; during = await visibleStatements(page)) await page.waitForTimeout(100);
    expect(during).to.be.above(0).and.below(before);
    expect(await page.evaluate(() => window.whosaid.cy?.nodes('.person').filter((n) => n.visible()).length)).to.be.above(0);
    await shot(page, 'timeline-brush');
    await page.locator('#timeline .timeline-clear').click();
    // The click took (the window's fields are empty), then the canvas shows every statement again.
    await page.waitForFunction(() => (document.getElementById('time-from') as HTMLInputElement).value === '', null, { timeout: 10_000 });
    let after = await visibleStatements(page);
    for (const deadline = Date.now() + 10_000; after !== before && Date.now() < deadline; after = await visibleStatements(page)) await page.waitForTimeout(100);
    expect(after).to.equal(before);
    await page.close();
  });

  it('When the page is opened twice, then the layout is the same both times; hiding a type closes up the holes it leaves', async () => {
    const positions = (page: Page) => page.evaluate(() => window.whosaid.cy?.nodes().map((n) => `${n.id()}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`).sort());
    const first = await openExplorer(browser, app.url);
    await waitForIdle(first);
    const second = await openExplorer(browser, app.url);
    await waitForIdle(second);
    expect(await positions(second)).to.deep.equal(await positions(first));
    const visibleAt = () => first.evaluate(() => window.whosaid.cy!.nodes(':visible').map((n) => `${n.id()}@${Math.round(n.position('x'))},${Math.round(n.position('y'))}`));
    const before = new Set(await visibleAt());
    await first.locator('#legend input[data-type="statement"]').uncheck();
    await first.waitForTimeout(500);
    await waitForIdle(first);
    // The rest is laid out again (it moved) and fitted, so the canvas shows no holes where the statements were.
    const after = await visibleAt();
    expect(after.filter((at) => !before.has(at)).length).to.be.above(after.length / 2);
    const filled = await first.evaluate(() => {
      const cy = window.whosaid.cy!;
      const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
      return Math.max(box.w / cy.width(), box.h / cy.height());
    });
    expect(filled).to.be.above(0.8);
    await first.close();
    await second.close();
  });

  it('When the analyst reloads the permalink, then the same nodes come back at the same places, with the same filters and pins', async () => {
    const page = await openExplorer(browser, app.url);
    await page.locator('#clear').click();
    await page.evaluate(() => window.whosaid.controller?.select('place:kherson'));
    await waitForIdle(page);
    await page.evaluate(() => window.whosaid.controller?.expand('place:kherson'));
    await waitForIdle(page);
    await page.evaluate(() => window.whosaid.view?.history.flag(['place:kherson'], 'pinned', true));
    await page.locator('#legend input[data-type="article"]').uncheck();
    await waitForIdle(page);
    await page.waitForTimeout(500);
    const layout = () => page.evaluate(() => window.whosaid.cy?.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')), hidden: !n.visible() })).sort((a, b) => a.id.localeCompare(b.id)));
    const saved = await layout();
    const link = page.url();
    expect(link).to.contain('#w=');
    await shot(page, 'before-reload');
    const reopened = await openExplorer(browser, link);
    await waitForIdle(reopened);
    const restored = await reopened.evaluate(() => window.whosaid.cy?.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')), hidden: !n.visible() })).sort((a, b) => a.id.localeCompare(b.id)));
    expect(restored).to.deep.equal(saved);
    expect(await reopened.evaluate(() => window.whosaid.cy?.getElementById('place:kherson').locked())).to.equal(true);
    expect(await reopened.locator('#legend input[data-type="article"]').isChecked()).to.equal(false);
    expect(await reopened.locator('#panel .node-title').first().textContent()).to.equal('Kherson');
    await shot(reopened, 'after-reload');
    await page.close();
    await reopened.close();
  });

  it('When the analyst opens one link and, before its graph arrives, another, then the canvas and the address end on the second', async () => {
    const page = await openExplorer(browser, app.url);
    await waitForIdle(page);
    const link = (id: string) => encodeSnapshot({ ...EMPTY_SNAPSHOT, nodes: [{ id, x: 0, y: 0 }] });
    // The first link's graph is held back until the second link's is on the canvas.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding = (): void => undefined;
    const firstAsked = new Promise<void>((resolve) => (holding = resolve));
    let requests = 0;
    await page.route('**/api/subgraph', async (route) => {
      requests += 1;
      if (requests === 1) {
        holding();
        await held;
      }
      await route.continue();
    });
    const onCanvas = () => page.evaluate(() => window.whosaid.cy?.nodes().map((n) => n.id()) ?? []);
    await page.evaluate((hash) => void (location.hash = hash), link('place:kherson'));
    await firstAsked;
    await page.evaluate((hash) => void (location.hash = hash), link('person:dmitry peskov'));
    await page.waitForFunction(() => window.whosaid.cy?.nodes().map((n) => n.id()).join() === 'person:dmitry peskov');
    const late = page.waitForResponse('**/api/subgraph');
    release();
    await late;
    await page.waitForTimeout(300);
    expect(await onCanvas()).to.deep.equal(['person:dmitry peskov']);
    expect(await page.evaluate(() => location.hash)).to.equal(link('person:dmitry peskov'));
    await page.close();
  });

  it('When the analyst saves a view and opens it later, then the workspace comes back from this browser\'s storage', async () => {
    const page = await openExplorer(browser, app.url);
    await page.locator('#clear').click();
    await page.evaluate(() => window.whosaid.controller?.select('person:dmitry peskov'));
    await waitForIdle(page);
    await page.locator('#views').click();
    await page.locator('#view-name').fill('Peskov alone');
    await page.locator('#views-menu button', { hasText: 'Save' }).click();
    await page.locator('#clear').click();
    await waitForNodeCount(page, (n) => n === 0);
    await page.locator('#views-menu button[data-view="Peskov alone"]').click();
    await waitForNodeCount(page, (n) => n === 1);
    expect(await page.evaluate(() => window.whosaid.cy?.nodes().map((n) => n.id()))).to.deep.equal(['person:dmitry peskov']);
    await page.close();
  });

  it('When the window is 1024 pixels wide, then nothing is cut off: the page does not scroll sideways and the fitted graph lies inside the canvas', async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(app.url);
    await page.waitForFunction(() => window.whosaid?.state === 'ready');
    await waitForIdle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(1024);
    const canvas = await page.locator('#cy').boundingBox();
    const panel = await page.locator('#panel').boundingBox();
    expect((canvas?.x ?? 0) + (canvas?.width ?? 0)).to.be.at.most((panel?.x ?? 0) + 1);
    expect((panel?.x ?? 0) + (panel?.width ?? 0)).to.be.at.most(1024);
    const outside = await page.evaluate(() => {
      const cy = window.whosaid.cy!;
      return cy.nodes(':visible').filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      }).length;
    });
    expect(outside).to.equal(0);
    await shot(page, '1024');
    await page.close();
  });

  it('When the analyst zooms with the wheel from the fitted overview, then quotes become readable within six notches', async () => {
    const page = await openExplorer(browser, app.url);
    await waitForIdle(page);
    const canvas = await page.locator('#cy').boundingBox();
    await page.mouse.move((canvas?.x ?? 0) + (canvas?.width ?? 0) / 2, (canvas?.y ?? 0) + (canvas?.height ?? 0) / 2);
    let notches = 0;
    // Statement labels are 8 model units: at 1.3 they are drawn at 10 px and more.
    while ((await page.evaluate(() => window.whosaid.cy?.zoom() ?? 0)) < 1.3 && notches < 20) {
      await page.mouse.wheel(0, -100);
      await page.waitForTimeout(80);
      notches += 1;
    }
    expect(notches).to.be.at.most(6);
    await page.close();
  });

  it('When the analyst uses only the keyboard, then search, opening a result, expanding, undoing and the panel all work', async () => {
    const page = await openExplorer(browser, app.url);
    await page.locator('#clear').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('search');
    await page.keyboard.type('Zelenskyy');
    await page.waitForSelector('#search-results .search-result');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForNodeCount(page, (n) => n === 1);
    await waitForIdle(page);
    await page.locator('#cy').focus();
    await page.keyboard.press('x');
    const expanded = await waitForNodeCount(page, (n) => n > 1);
    await waitForIdle(page);
    await page.keyboard.press('ArrowRight');
    await waitForIdle(page);
    expect(await page.evaluate(() => window.whosaid.controller?.selected())).to.be.a('string');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((before) => (window.whosaid.cy?.nodes().length ?? 0) < before, expanded);
    const labelled = await page.$$eval('button, input, select', (controls) => controls
      .filter((c) => (c as HTMLElement).offsetParent !== null)
      .filter((c) => !(c.getAttribute('aria-label') || c.textContent?.trim() || c.getAttribute('title')))
      .map((c) => c.outerHTML.slice(0, 80)));
    expect(labelled, 'visible controls without a label').to.deep.equal([]);
    await page.close();
  });

  it('When the page is drawn, then every visible text meets WCAG AA contrast against what lies behind it', async () => {
    const page = await openExplorer(browser, app.url);
    await page.evaluate(() => window.whosaid.controller?.select('place:kherson'));
    await waitForIdle(page);
    expect(await contrastFailures(page)).to.deep.equal([]);
    await page.evaluate(() => window.whosaid.controller?.actions.showClaims('place:kherson'));
    await waitForIdle(page);
    await page.waitForSelector('#panel .claims');
    expect(await contrastFailures(page)).to.deep.equal([]);
    await page.close();
  });

  it('When a label sits above its node, then all of its lines are drawn above the node, none lost', async () => {
    const page = await openExplorer(browser, app.url);
    await waitForIdle(page);
    await page.evaluate(() => window.whosaid.cy?.zoom({ level: 1.6, renderedPosition: { x: 500, y: 400 } }));
    await page.waitForFunction(() => (window.whosaid.cy?.nodes('.label-above').length ?? 0) > 0, null, { timeout: 10_000 });
    const misplaced = await page.evaluate(() => window.whosaid.cy!.nodes('.label-above').filter((n) => {
      const label = n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false });
      const body = n.boundingBox({ includeNodes: true, includeLabels: false, includeOverlays: false });
      return label.y2 > body.y1 + 1 || label.h < 6;
    }).map((n) => String(n.data('display'))));
    expect(misplaced).to.deep.equal([]);
    await page.close();
  });
});
