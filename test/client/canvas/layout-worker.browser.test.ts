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

  /**
   * Starts a layout from where the nodes are, replaces it at once by another (`fresh`: a fresh one, which the stored
   * layout answers), waits for both and says how many workers the page stopped meanwhile.
   */
  const replaceRunningLayout = (page: Page, fresh: boolean) => page.evaluate(async (second) => {
    let stopped = 0;
    const terminate = Worker.prototype.terminate;
    Worker.prototype.terminate = function (this: Worker) {
      stopped += 1;
      terminate.call(this);
    };
    try {
      // The first is replaced before the worker can answer it: it moves nothing.
      await Promise.all([window.whosaid.view!.layOut(false), window.whosaid.view!.layOut(second)]);
    } finally {
      Worker.prototype.terminate = terminate;
    }
    return stopped;
  }, fresh);

  /** Every node of the seed view where the reference page has it, to half a unit. */
  async function expectSameLayout(page: Page, reference: Page) {
    const expected = await positions(reference);
    const got = await positions(page);
    expect(Object.keys(got).length).to.be.greaterThan(100);
    expect(Object.keys(got).sort()).to.deep.equal(Object.keys(expected).sort());
    for (const [id, at] of Object.entries(expected)) {
      expect(got[id].x, id).to.be.closeTo(at.x, 0.5);
      expect(got[id].y, id).to.be.closeTo(at.y, 0.5);
    }
  }

  /** The seed view opened twice, laid out in two places: the same positions, and each layout ran where it was asked to. */
  async function expectSamePositions(reference: 'page', other: 'worker' | 'server', ranOn: 'worker' | null) {
    const onPage = await openWith(reference);
    const elsewhere = await openWith(other);
    try {
      expect(await onPage.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('page');
      expect(await elsewhere.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal(ranOn);
      await expectSameLayout(elsewhere.page, onPage.page);
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
      // The second starts from where the first found the nodes.
      const stopped = await replaceRunningLayout(replaced.page, false);
      expect(stopped).to.equal(1);
      expect(await replaced.page.evaluate(() => window.whosaid.layoutThread?.())).to.equal('worker');
      await expectSameLayout(replaced.page, alone.page);
    } finally {
      await alone.close();
      await replaced.close();
    }
  });

  it('When the layout that replaces a running one needs no worker (a stored layout comes back), then the worker is stopped all the same', async () => {
    const { page, close } = await openWith('worker');
    try {
      const stopped = await replaceRunningLayout(page, true);
      expect(stopped).to.equal(1);
    } finally {
      await close();
    }
  });
});
