// Label placement: after separation no two boxes overlap, and crowded labels give way by priority.
import { expect } from 'chai';
import fc from 'fast-check';
import { crowdedLabels, overlaps, separateBoxes, type Box } from '../../client/label-placement';

const box = (id: string, x: number, y: number, w = 40, h = 20) => ({ id, x1: x, y1: y, x2: x + w, y2: y + h });

function moved(original: Box & { id: string }, shifts: ReturnType<typeof separateBoxes>): Box {
  const { dx, dy } = shifts.get(original.id) ?? { dx: 0, dy: 0 };
  return { x1: original.x1 + dx, x2: original.x2 + dx, y1: original.y1 + dy, y2: original.y2 + dy };
}

describe('client/label-placement', () => {
  describe('separateBoxes', () => {
    it('should not move boxes that do not overlap.', () => {
      const shifts = separateBoxes([box('a', 0, 0), box('b', 100, 0)], { gap: 4, passes: 10 });
      expect(shifts.get('a')).to.deep.equal({ dx: 0, dy: 0 });
      expect(shifts.get('b')).to.deep.equal({ dx: 0, dy: 0 });
    });

    it('should split two overlapping boxes along the axis where they overlap less, half each.', () => {
      const shifts = separateBoxes([box('a', 0, 0), box('b', 30, 5)], { gap: 0, passes: 10 });
      expect(shifts.get('a')).to.deep.equal({ dx: -5, dy: 0 });
      expect(shifts.get('b')).to.deep.equal({ dx: 5, dy: 0 });
    });

    it('should leave no two boxes overlapping, however they start.', () => {
      const boxes = fc.array(fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 300 }), w: fc.integer({ min: 4, max: 80 }), h: fc.integer({ min: 4, max: 30 }) }), { maxLength: 40 });
      fc.assert(
        fc.property(boxes, (specs) => {
          const placed = specs.map((s, i) => box(String(i), s.x, s.y, s.w, s.h));
          const shifts = separateBoxes(placed, { gap: 2, passes: 200 });
          const after = placed.map((b) => moved(b, shifts));
          for (let i = 0; i < after.length; i++) {
            for (let j = i + 1; j < after.length; j++) expect(overlaps(after[i], after[j]), `${i} / ${j}`).to.equal(false);
          }
        }),
        { numRuns: 60 },
      );
    });
  });

  describe('crowdedLabels', () => {
    it('should hide the lower-priority of two overlapping labels.', () => {
      const crowded = crowdedLabels(
        [
          { id: 'statement', label: box('', 0, 0), priority: 10 },
          { id: 'person', label: box('', 10, 5), priority: 107 },
        ],
        [],
        { forced: 1000, gap: 0 },
      );
      expect([...crowded]).to.deep.equal(['statement']);
    });

    it('should hide a label that would cover another node, but not its own.', () => {
      const obstacles = [{ id: 'own', body: box('', 0, -30) }, { id: 'other', body: box('', 100, 0) }];
      expect(crowdedLabels([{ id: 'own', label: box('', 0, -12), priority: 100 }], obstacles, { forced: 1000, gap: 0 }).size).to.equal(0);
      expect([...crowdedLabels([{ id: 'own', label: box('', 90, 0), priority: 100 }], obstacles, { forced: 1000, gap: 0 })]).to.deep.equal(['own']);
    });

    it('should keep the gap it is given between two labels.', () => {
      const apart = [
        { id: 'a', label: box('', 0, 0), priority: 100 },
        { id: 'b', label: box('', 42, 0), priority: 50 },
      ];
      expect(crowdedLabels(apart, [], { forced: 1000, gap: 0 }).size).to.equal(0);
      expect([...crowdedLabels(apart, [], { forced: 1000, gap: 3 })]).to.deep.equal(['b']);
    });

    it('should always draw a forced label, whatever it covers.', () => {
      const crowded = crowdedLabels(
        [
          { id: 'hub', label: box('', 0, 0), priority: 150 },
          { id: 'selected', label: box('', 5, 5), priority: 1000 },
        ],
        [{ id: 'other', body: box('', 5, 5) }],
        { forced: 1000, gap: 0 },
      );
      expect([...crowded]).to.deep.equal(['hub']);
    });
  });
});
