// Label placement: after separation no two boxes overlap, and labels take the free side of their node by priority.
import { expect } from 'chai';
import fc from 'fast-check';
import { labelInset, labelPlaces, overlaps, placeLabels, separateBoxes, type Box } from '../../client/label-placement';

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

  describe('labelPlaces and labelInset', () => {
    it('should put a label below, above, and below to the right and left of its node, the margin away.', () => {
      const [below, above, belowRight, belowLeft] = labelPlaces({ x1: 0, y1: 0, x2: 20, y2: 20 }, { w: 40, h: 10 }, 3);
      expect(below).to.deep.equal({ x1: -10, x2: 30, y1: 23, y2: 33 });
      expect(above).to.deep.equal({ x1: -10, x2: 30, y1: -13, y2: -3 });
      expect(belowRight).to.deep.equal({ x1: 23, x2: 63, y1: 23, y2: 33 });
      expect(belowLeft).to.deep.equal({ x1: -43, x2: -3, y1: 23, y2: 33 });
    });

    it('should measure how far a drawn label box reaches up past the margin.', () => {
      expect(labelInset({ x1: 0, y1: 0, x2: 20, y2: 20 }, { x1: -10, x2: 30, y1: 17, y2: 33 }, 3)).to.equal(6);
    });
  });

  describe('placeLabels', () => {
    const options = { forced: 1000, gap: 0 };
    const at = (x: number, y: number) => [box('', x, y), box('', x, y - 50), box('', x + 50, y), box('', x - 50, y)];

    it('should put a label below its node when there is room.', () => {
      expect(placeLabels([{ id: 'a', places: at(0, 0), priority: 10 }], [], options)).to.deep.equal(new Map([['a', 'below']]));
    });

    it('should move a label above its node when a label that matters more took the place below.', () => {
      const placed = placeLabels(
        [
          { id: 'quote', places: at(0, 0), priority: 10 },
          { id: 'person', places: [box('', 10, 5), box('', 300, 300), box('', 400, 400)], priority: 107 },
        ],
        [],
        options,
      );
      expect(placed).to.deep.equal(new Map([['person', 'below'], ['quote', 'above']]));
    });

    it('should leave a label out when every side is taken, and never on another node.', () => {
      const obstacles = [{ id: 'other', body: { x1: -100, y1: -100, x2: 200, y2: 200 } }];
      expect(placeLabels([{ id: 'a', places: at(0, 0), priority: 100 }], obstacles, options).size).to.equal(0);
      expect(placeLabels([{ id: 'other', places: at(0, 0), priority: 100 }], obstacles, options).get('other')).to.equal('below');
    });

    it('should keep the gap it is given between two labels.', () => {
      const apart = [
        { id: 'a', places: [box('', 0, 0)], priority: 100 },
        { id: 'b', places: [box('', 42, 0)], priority: 50 },
      ];
      expect(placeLabels(apart, [], options).size).to.equal(2);
      expect([...placeLabels(apart, [], { forced: 1000, gap: 3 }).keys()]).to.deep.equal(['a']);
    });

    it('should always draw a forced label, below its node if nothing else is free.', () => {
      const placed = placeLabels(
        [
          { id: 'hub', places: [box('', 0, 0)], priority: 150 },
          { id: 'selected', places: [box('', 5, 5)], priority: 1000 },
        ],
        [{ id: 'other', body: box('', 5, 5) }],
        options,
      );
      expect(placed).to.deep.equal(new Map([['selected', 'below']]));
    });
  });
});
