// Where new nodes go: around their parent, apart from everything, the same way every time.
import { expect } from 'chai';
import { placeAround, placeInGrid, PLACEMENT } from '../../../client/canvas/placement';
import { seedOf } from '../../../server/canvas-layout/layout-plan';
import { seededRandom, withSeededRandom } from '../../../server/canvas-layout/seeded-random';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('client/canvas/placement', () => {
  it('should place every new node near its parent, keeping the spacing from every other node', () => {
    const parent = { x: 100, y: 100 };
    const occupied = [{ x: 220, y: 100 }, { x: 100, y: 230 }];
    const placed = placeAround(parent, occupied, 30);
    expect(placed).to.have.length(30);
    const all = [...occupied, parent, ...placed];
    for (const p of placed) {
      expect(distance(p, parent)).to.be.below(600);
      for (const q of all) if (q !== p) expect(distance(p, q)).to.be.at.least(PLACEMENT.spacing - 1e-6);
    }
  });

  it('should place the same expansion the same way every time', () => {
    expect(placeAround({ x: 0, y: 0 }, [], 12)).to.deep.equal(placeAround({ x: 0, y: 0 }, [], 12));
  });

  it('should lay out nodes without a parent in a grid', () => {
    const grid = placeInGrid({ x: 0, y: 0 }, 5, 100);
    expect(new Set(grid.map((p) => `${p.x},${p.y}`)).size).to.equal(5);
  });

  it('should give the same random draws for the same nodes, and put Math.random back afterwards', () => {
    const draw = () => withSeededRandom(seedOf(['b', 'a']), () => [Math.random(), Math.random()]);
    expect(draw()).to.deep.equal(draw());
    expect(seedOf(['a', 'b'])).to.equal(seedOf(['b', 'a']));
    const original = Math.random;
    draw();
    expect(Math.random).to.equal(original);
    const values = Array.from({ length: 1000 }, seededRandom(7));
    expect(Math.min(...values)).to.be.at.least(0);
    expect(Math.max(...values)).to.be.below(1);
  });
});
