// Layouts in the worker: the page's own layout and the worker's give the same positions, and the page is free meanwhile.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { waitForIdle } from '../support/canvas';
import { useSeededExplorer } from '../support/seeded-explorer';

describe('The layout worker', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();

  /** Opens the seed's view in a browser context of its own (no stored layout) with the layout where `thread` says. */
  async function openWith(thread: 'page' | 'worker'): Promise<{ page: Page; close(): Promise<void> }> {
    const context = await seed().browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${seed().url}?layout=${thread}`);
    await page.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 60_000 });
    await waitForIdle(page);
    return { page, close: () => context.close() };
  }

  const positions = (page: Page) => page.evaluate(() => Object.fromEntries(window.whosaid.cy?.nodes().map((n) => [n.id(), n.position()]) ?? []));

  it('When the seed view is laid out in the worker, then the worker ran it and the positions are the page\'s own', async () => {
    const onPage = await openWith('page');
    const inWorker = await openWith('worker');
    try {
      expect(await onPage.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('page');
      expect(await inWorker.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('worker');
      const expected = await positions(onPage.page);
      const got = await positions(inWorker.page);
      expect(Object.keys(got).length).to.be.greaterThan(100);
      expect(Object.keys(got).sort()).to.deep.equal(Object.keys(expected).sort());
      for (const [id, at] of Object.entries(expected)) {
        expect(got[id].x, id).to.be.closeTo(at.x, 0.5);
        expect(got[id].y, id).to.be.closeTo(at.y, 0.5);
      }
    } finally {
      await onPage.close();
      await inWorker.close();
    }
  });

  it('When the worker lays the canvas out again, then the page\'s thread stays free while it works', async () => {
    const { page, close } = await openWith('worker');
    try {
      // A timer that fires while the layout runs shows the page's thread was free: a layout run on the page holds it
      // from start to end, so not one tick would come before the layout's promise resolves.
      const ticksDuringLayout = await page.evaluate(async () => {
        let ticks = 0;
        const timer = setInterval(() => void (ticks += 1), 0);
        await window.whosaid.view!.layOut(false);
        clearInterval(timer);
        return ticks;
      });
      expect(ticksDuringLayout).to.be.greaterThan(3);
      expect(await page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('worker');
    } finally {
      await close();
    }
  });
});
