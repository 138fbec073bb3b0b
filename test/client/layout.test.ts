// Widening a round layout to fill a landscape canvas.
import { expect } from 'chai';
import { horizontalStretch } from '../../client/layout';

describe('client/layout', () => {
  it('should widen a round layout towards the canvas shape, within a limit.', () => {
    expect(horizontalStretch({ w: 100, h: 100 }, { w: 120, h: 100 })).to.be.closeTo(1.2, 1e-9);
    expect(horizontalStretch({ w: 100, h: 100 }, { w: 400, h: 100 })).to.equal(1.4);
  });

  it('should never squeeze a layout that is already wider than the canvas, nor stretch an empty one.', () => {
    expect(horizontalStretch({ w: 300, h: 100 }, { w: 120, h: 100 })).to.equal(1);
    expect(horizontalStretch({ w: 0, h: 0 }, { w: 120, h: 100 })).to.equal(1);
  });
});
