// The Export menu end to end in headless Chromium on the seed articles: pictures with the legend, the server's formats
// for the selection, and a bundle that reopens with the same nodes at the same positions.
import { expect } from 'chai';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Download, Page } from 'playwright-core';
import { openExplorer, SCREENSHOT_DIR, VIEWPORT } from './support/browser';
import { startSeededExplorer, type SeededExplorer } from './support/seeded-explorer';
import { clickNode, findNode, waitForCamera, waitForIdle } from './support/canvas';

const EXPORT_DIR = path.join(SCREENSHOT_DIR, 'export');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('The Export menu of the explorer', function () {
  this.timeout(300_000);
  let explorer: SeededExplorer;
  let browser: Browser;
  let page: Page;
  let base: string;

  before(async () => {
    explorer = await startSeededExplorer();
    ({ browser, url: base } = explorer);
    mkdirSync(EXPORT_DIR, { recursive: true });
    page = await openExplorer(browser, base);
    await page.click('[data-export=menu]');
  });
  after(() => explorer?.stop());

  /** Clicks a menu entry and keeps the file it downloads in test-output/export/. */
  async function take(key: string): Promise<{ download: Download; file: string }> {
    const downloaded = page.waitForEvent('download', { timeout: 60_000 });
    await page.click(`[data-export="${key}"]`);
    // A failed export says why in the menu's status line: that is the better failure message than a timeout.
    const failed = page.waitForFunction(() => /fail|rror|must|first/.test(document.querySelector('.export-status')?.textContent ?? ''), null, { timeout: 60_000 })
      .then(() => page.textContent('.export-status'), () => null);
    const first = await Promise.race([downloaded, failed]);
    if (typeof first === 'string') throw new Error(`the export failed: ${first}`);
    const download = first ?? await downloaded;
    const file = path.join(EXPORT_DIR, download.suggestedFilename());
    await download.saveAs(file);
    return { download, file };
  }

  it('When PNG 2× is chosen, then the picture is the canvas at twice its pixels, with the legend band below', async () => {
    const canvas = await page.evaluate(() => ({ w: window.whosaid.cy?.width() ?? 0, h: window.whosaid.cy?.height() ?? 0 }));
    const { file } = await take('png2x');
    expect(path.basename(file)).to.equal('whosaid-view.png');
    expect(pngSize(file)).to.deep.equal({ width: canvas.w * 2, height: canvas.h * 2 + 2 * 34 });
  });

  it('When a width is typed and PNG is chosen, then the picture is exactly that wide', async () => {
    await page.fill('[data-export=width]', '900');
    const { file } = await take('png');
    expect(pngSize(file).width).to.equal(900);
  });

  it('When SVG is chosen, then cytoscape-svg draws the view and the legend names every node type shown', async () => {
    const { file } = await take('svg');
    const svg = readFileSync(file, 'utf8');
    expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).to.equal(true);
    const legend = svg.slice(svg.indexOf('class="whosaid-legend"'));
    for (const name of ['People', 'Organizations', 'Places', 'Statements', 'Events', 'Articles']) expect(legend).to.include(`>${name}</text>`);
    const shown = await browser.newPage({ viewport: VIEWPORT });
    await shown.goto(`file://${file}`);
    await shown.screenshot({ path: path.join(EXPORT_DIR, 'svg-rendered.png') });
    await shown.close();
  });

  it('When a node is selected and GraphML of the selection is chosen, then the file holds that node and its neighbours only', async () => {
    const peskov = await findNode(page, /Peskov/);
    expect(peskov).to.not.equal(null);
    await clickNode(page, String(peskov?.id));
    await waitForCamera(page);
    // The selection is what the canvas highlights with the node: its neighbours and the speakers of their statements.
    const selected = await page.evaluate(() => {
      const focus = window.whosaid.controller?.state().focus;
      return focus ? new Set([focus.id, ...focus.neighbours]).size : 0;
    });
    expect(selected).to.be.above(1);
    await page.check('input[name=export-scope][value=selection]');
    const { file } = await take('graphml');
    expect((readFileSync(file, 'utf8').match(/<node /g) ?? []).length).to.equal(selected);
    const picture = await take('png2x');
    expect(path.basename(picture.file)).to.equal('whosaid-selection.png');
    await page.check('input[name=export-scope][value=view]');
  });

  it('When a bundle is saved and opened again, then the explorer shows the same nodes at the same positions, zoom and filter', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#legend input[data-type="article"]').uncheck();
    // Hiding a type lays the rest out again, and the layout ends by fitting the canvas: the camera is set after it.
    await waitForIdle(page);
    await page.evaluate(() => window.whosaid.cy?.viewport({ zoom: 0.9, pan: { x: 40, y: 25 } }));
    // The view's scope is what the canvas shows: the articles, filtered out, stay out of the bundle.
    const before = await page.evaluate(() => ({
      positions: Object.fromEntries(window.whosaid.cy?.nodes(':visible').map((node) => [node.id(), node.position()]) ?? []),
      zoom: window.whosaid.cy?.zoom(), pan: window.whosaid.cy?.pan(),
    }));
    const { file } = await take('bundle');
    const files = unzipSync(readFileSync(file));
    expect(Object.keys(files)).to.include.members(['report.html', 'graph.graphml', 'graph.gexf', 'citations.csv', 'query.cypher', 'view.json', 'graph.json']);
    expect(JSON.parse(strFromU8(files['view.json'])).view.hiddenTypes).to.deep.equal(['article']);

    const fresh = await openExplorer(browser, base);
    await fresh.click('[data-export=menu]');
    await fresh.setInputFiles('[data-export=bundle-file]', file);
    await fresh.waitForFunction(() => window.whosaid.state !== 'loading' && /^Opened|whosaid|rror/.test(document.querySelector('.export-status')?.textContent ?? ''), null, { timeout: 60_000 });
    expect(await fresh.evaluate(() => [window.whosaid.state, document.querySelector('.export-status')?.textContent, document.querySelector('#banner')?.textContent]))
      .to.deep.equal(['ready', `Opened ${path.basename(file)}`, '']);
    const after = await fresh.evaluate(() => ({
      positions: Object.fromEntries(window.whosaid.cy?.nodes().map((node) => [node.id(), node.position()]) ?? []),
      zoom: window.whosaid.cy?.zoom(), pan: window.whosaid.cy?.pan(),
      articlesShown: window.whosaid.cy?.nodes('.article').filter((node) => node.visible()).length,
      articleBox: (document.querySelector('#legend input[data-type="article"]') as HTMLInputElement).checked,
    }));
    expect(Object.keys(after.positions).sort()).to.deep.equal(Object.keys(before.positions).sort());
    for (const [id, at] of Object.entries(before.positions)) {
      expect(after.positions[id].x, id).to.be.closeTo(at.x, 0.01);
      expect(after.positions[id].y, id).to.be.closeTo(at.y, 0.01);
    }
    expect(after.zoom).to.be.closeTo(0.9, 1e-9);
    expect(after.pan).to.deep.equal({ x: 40, y: 25 });
    expect(after).to.include({ articlesShown: 0, articleBox: false });
    expect(Object.keys(before.positions).some((id) => /^[0-9a-f]{16}$/.test(id))).to.equal(false);
    await fresh.screenshot({ path: path.join(EXPORT_DIR, 'bundle-reopened.png') });
    await fresh.close();
  });
});
