// The grid behind the canvas's hit test: every box or segment near a point is among its answers, in index order.
import { expect } from 'chai';
import { boundsGrid } from '../../../client/canvas/bounds-grid';
import { seededRandom } from '../../../server/canvas-layout/seeded-random';

const area = { x1: 0, y1: 0, x2: 1000, y2: 1000 };

describe('The bounds grid', () => {
  it('When a point lies in a box, then the box is among the answers, and a box far away is not', () => {
    const grid = boundsGrid(area, 10);
    grid.addBox(0, { x1: 10, y1: 10, x2: 30, y2: 30 });
    grid.addBox(1, { x1: 900, y1: 900, x2: 950, y2: 950 });
    expect(grid.near(20, 20, 1)).to.deep.equal([0]);
    expect(grid.near(920, 930, 1)).to.deep.equal([1]);
  });

  it('When a point lies within the pad of a long diagonal segment, then the segment is found wherever along it', () => {
    const grid = boundsGrid(area, 64);
    grid.addSegment(7, { x: 0, y: 0 }, { x: 1000, y: 700 }, 2);
    for (let t = 0; t <= 1; t += 0.05) expect(grid.near(1000 * t + 3, 700 * t - 3, 5), `at ${t}`).to.include(7);
    expect(grid.near(100, 900, 5)).to.deep.equal([]);
  });

  it('When many boxes and segments are added, then every one within reach of a point is answered, in ascending order', () => {
    const random = seededRandom(7);
    const grid = boundsGrid(area, 32);
    const items: { index: number; distance: (x: number, y: number) => number }[] = [];
    for (let i = 0; i < 400; i++) {
      if (random() < 0.5) {
        const [x, y, half] = [random() * 1000, random() * 1000, 2 + random() * 20];
        grid.addBox(i, { x1: x - half, y1: y - half, x2: x + half, y2: y + half });
        items.push({ index: i, distance: (px, py) => Math.max(0, Math.abs(px - x) - half, Math.abs(py - y) - half) });
      } else {
        const [a, b, pad] = [{ x: random() * 1000, y: random() * 1000 }, { x: random() * 1000, y: random() * 1000 }, 1 + random() * 3];
        grid.addSegment(i, a, b, pad);
        items.push({ index: i, distance: (px, py) => {
          const t = Math.max(0, Math.min(1, ((px - a.x) * (b.x - a.x) + (py - a.y) * (b.y - a.y)) / ((b.x - a.x) ** 2 + (b.y - a.y) ** 2)));
          return Math.max(0, Math.hypot(a.x + t * (b.x - a.x) - px, a.y + t * (b.y - a.y) - py) - pad);
        } });
      }
    }
    for (let probe = 0; probe < 300; probe++) {
      const [x, y] = [random() * 1000, random() * 1000];
      const answers = grid.near(x, y, 4);
      expect(answers).to.deep.equal([...answers].sort((p, q) => p - q));
      for (const item of items) if (item.distance(x, y) <= 4) expect(answers, `item ${item.index} at ${x},${y}`).to.include(item.index);
    }
  });
});
