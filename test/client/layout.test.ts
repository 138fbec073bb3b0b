// Layout tuning: springs by relationship, and widening a round layout to fill a landscape canvas.
import { expect } from 'chai';
import { edgeElasticity, horizontalStretch, idealEdgeLength, nodeRepulsion } from '../../client/layout';

describe('client/layout', () => {
  it('should keep a statement closer to its speaker than to the article it ran in.', () => {
    expect(idealEdgeLength('SAID')).to.be.below(idealEdgeLength('ABOUT'));
    expect(idealEdgeLength('ABOUT')).to.be.below(idealEdgeLength('REPORTED_IN'));
    expect(edgeElasticity('MENTIONS')).to.be.below(edgeElasticity('SAID'));
  });

  it('should make hubs push harder than leaves, and entities harder than quotes.', () => {
    expect(nodeRepulsion('place', 50)).to.be.above(nodeRepulsion('place', 1));
    expect(nodeRepulsion('statement', 50)).to.be.below(nodeRepulsion('person', 0));
  });

  it('should widen a round layout towards the canvas shape, within a limit.', () => {
    expect(horizontalStretch({ w: 100, h: 100 }, { w: 120, h: 100 })).to.be.closeTo(1.2, 1e-9);
    expect(horizontalStretch({ w: 100, h: 100 }, { w: 400, h: 100 })).to.equal(1.4);
  });

  it('should never squeeze a layout that is already wider than the canvas, nor stretch an empty one.', () => {
    expect(horizontalStretch({ w: 300, h: 100 }, { w: 120, h: 100 })).to.equal(1);
    expect(horizontalStretch({ w: 0, h: 0 }, { w: 120, h: 100 })).to.equal(1);
  });
});
