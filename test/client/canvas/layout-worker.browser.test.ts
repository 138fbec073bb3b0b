// Layouts in the worker and on the server: the page's own layout, the worker's and the server's give the same positions,
// and the page is free meanwhile.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { waitForIdle } from '../support/canvas';
import { useSeededExplorer } from '../support/seeded-explorer';

describe('The layout worker', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();

  /**
   * Opens the seed's view in a browser context of its own (no stored layout) with the layout where `thread` says, or
   * as sent by the server.
   */
  async function openWith(thread: 'page' | 'worker' | 'server'): Promise<{ page: Page; close(): Promise<void> }> {
    const context = await seed().browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(thread === 'server' ? seed().url : `${seed().url}?layout=${thread}`);
    await page.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 60_000 });
    await waitForIdle(page);
    return { page, close: () => context.close() };
  }

  const positions = (page: Page) => page.evaluate(() => Object.fromEntries(window.whosaid.cy?.nodes().map((n) => [n.id(), n.position()]) ?? []));

  /** The seed view opened twice, laid out in two places: the same positions, and each layout ran where it was asked to. */
  async function expectSamePositions(reference: 'page', other: 'worker' | 'server', ranOn: 'worker' | null) {
    const onPage = await openWith(reference);
    const elsewhere = await openWith(other);
    try {
      expect(await onPage.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('page');
      expect(await elsewhere.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal(ranOn);
      const expected = await positions(onPage.page);
      const got = await positions(elsewhere.page);
      expect(Object.keys(got).length).to.be.greaterThan(100);
      expect(Object.keys(got).sort()).to.deep.equal(Object.keys(expected).sort());
      for (const [id, at] of Object.entries(expected)) {
        expect(got[id].x, id).to.be.closeTo(at.x, 0.5);
        expect(got[id].y, id).to.be.closeTo(at.y, 0.5);
      }
    } finally {
      await onPage.close();
      await elsewhere.close();
    }
  }

  it('When the seed view is laid out in the worker, then the worker ran it and the positions are the page\'s own', async () => {
    await expectSamePositions('page', 'worker', 'worker');
  });

  it('When the seed view opens as the server laid it out, then no layout ran in the browser and the positions are the page\'s own', async () => {
    await expectSamePositions('page', 'server', null);
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

  it('When a second layout replaces one the worker is still running, then that worker is stopped and the second gives what it gives alone', async () => {
    const alone = await openWith('worker');
    const replaced = await openWith('worker');
    try {
      await alone.page.evaluate(() => window.whosaid.view!.layOut(false));
      const stopped = await replaced.page.evaluate(async () => {
        let terminated = 0;
        const terminate = Worker.prototype.terminate;
        Worker.prototype.terminate = function (this: Worker) {
          terminated += 1;
          terminate.call(this);
        };
        // The first is replaced before the worker can answer it; it moves nothing, and the second starts from the same place.
        const first = window.whosaid.view!.layOut(false);
        const second = window.whosaid.view!.layOut(false);
        await Promise.all([first, second]);
        Worker.prototype.terminate = terminate;
        return terminated;
      });
      expect(stopped).to.equal(1);
      expect(await replaced.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('worker');
      const expected = await positions(alone.page);
      const got = await positions(replaced.page);
      for (const [id, at] of Object.entries(expected)) {
        expect(got[id].x, id).to.be.closeTo(at.x, 0.5);
        expect(got[id].y, id).to.be.closeTo(at.y, 0.5);
      }
    } finally {
      await alone.close();
      await replaced.close();
    }
  });

  it('When the layout that replaces a running one needs no worker (a stored layout comes back), then the worker is stopped all the same', async () => {
    const { page, close } = await openWith('worker');
    try {
      const stopped = await page.evaluate(async () => {
        let terminated = 0;
        const terminate = Worker.prototype.terminate;
        Worker.prototype.terminate = function (this: Worker) {
          terminated += 1;
          terminate.call(this);
        };
        const running = window.whosaid.view!.layOut(false);
        // A fresh layout of the same canvas: the one stored when the page opened comes back, with no layout run.
        const restored = window.whosaid.view!.layOut(true);
        await Promise.all([running, restored]);
        Worker.prototype.terminate = terminate;
        return terminated;
      });
      expect(stopped).to.equal(1);
    } finally {
      await close();
    }
  });
});
