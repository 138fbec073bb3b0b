// Opening the page again in the same browser takes the seed's layout from the cache instead of laying it out again.
import { expect } from 'chai';
import { openExplorer } from '../support/browser';
import { waitForIdle } from '../support/canvas';
import { useSeededExplorer } from '../support/seeded-explorer';

describe('The layout cache in the browser', function () {
  this.timeout(300_000);
  const seed = useSeededExplorer();

  it('When the page is opened again after its layout was stored, then the stored positions are the ones drawn', async () => {
    const page = await openExplorer(seed().browser, seed().url);
    await waitForIdle(page);
    const positions = () => page.evaluate(() => Object.fromEntries(window.whosaid.cy?.nodes().map((n) => [n.id(), n.position()]) ?? []));
    const first = await positions();
    // Every stored position moved by the same distance: only a layout taken from the store comes out moved so.
    const moved = await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('whosaid.layouts.v1') ?? '[]') as { key: string; positions: Record<string, { x: number; y: number }> }[];
      for (const entry of stored) for (const point of Object.values(entry.positions)) Object.assign(point, { x: point.x + 5000, y: point.y + 5000 });
      localStorage.setItem('whosaid.layouts.v1', JSON.stringify(stored));
      return stored.length;
    });
    expect(moved).to.equal(1);
    // The address without its permalink (which would bring back the positions it holds): the plain opening view.
    await page.goto('about:blank');
    await page.goto(seed().url);
    await page.waitForFunction(() => window.whosaid?.state === 'ready', null, { timeout: 60_000 });
    await waitForIdle(page);
    const second = await positions();
    expect(Object.keys(second).sort()).to.deep.equal(Object.keys(first).sort());
    for (const [id, at] of Object.entries(first)) {
      expect(second[id].x, id).to.be.closeTo(at.x + 5000, 0.01);
      expect(second[id].y, id).to.be.closeTo(at.y + 5000, 0.01);
    }
    await page.close();
  });
});
