// The layout as data in and positions out: what the worker and the page both run.
import { expect } from 'chai';
import { runLayoutJob } from '../../../server/canvas-layout/layout-job';
import type { LayoutJob } from '../../../server/canvas-layout/layout-plan';

/** A speaker with six statements and a place two of them are about, at the origin, as nodes are before a layout. */
function job(overrides: Partial<LayoutJob> = {}): LayoutJob {
  const statements = Array.from({ length: 6 }, (_, i) => `statement:${i}`);
  return {
    nodes: [
      { id: 'person:a', type: 'person', degree: 6, width: 30, height: 30, position: { x: 0, y: 0 } },
      { id: 'place:b', type: 'place', degree: 2, width: 24, height: 24, position: { x: 0, y: 0 } },
      ...statements.map((id) => ({ id, type: 'statement', degree: 1, width: 12, height: 12, position: { x: 0, y: 0 } })),
    ],
    edges: [
      ...statements.map((id) => ({ id: `SAID:${id}`, source: 'person:a', target: id, type: 'SAID' })),
      { id: 'ABOUT:0', source: 'statement:0', target: 'place:b', type: 'ABOUT' },
      { id: 'ABOUT:1', source: 'statement:1', target: 'place:b', type: 'ABOUT' },
    ],
    randomize: true, quality: 'proof', numIter: 1_000, fixed: [], seed: 7,
    ...overrides,
  };
}

describe('runLayoutJob', () => {
  it('When the same job runs twice, then it gives the same positions, and every node is placed apart', () => {
    const first = runLayoutJob(job());
    expect(runLayoutJob(job())).to.deep.equal(first);
    const points = Object.values(first);
    expect(points).to.have.length(8);
    for (const [i, a] of points.entries()) {
      for (const b of points.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).to.be.greaterThan(5);
    }
  });

  it('When another seed is given, then the layout differs', () => {
    expect(runLayoutJob(job({ seed: 8 }))).not.to.deep.equal(runLayoutJob(job()));
  });

  it('When a node is pinned, then it stays where it is', () => {
    const positions = runLayoutJob(job({ fixed: [{ nodeId: 'place:b', position: { x: 500, y: -200 } }] }));
    expect(positions['place:b'].x).to.be.closeTo(500, 0.01);
    expect(positions['place:b'].y).to.be.closeTo(-200, 0.01);
  });

  it('When a speaker\'s statements are laid out, then those about nothing sit nearer the speaker than the place does', () => {
    const positions = runLayoutJob(job());
    const distance = (id: string) => Math.hypot(positions[id].x - positions['person:a'].x, positions[id].y - positions['person:a'].y);
    for (const id of ['statement:2', 'statement:3', 'statement:4', 'statement:5']) expect(distance(id), id).to.be.lessThan(distance('place:b'));
  });
});
