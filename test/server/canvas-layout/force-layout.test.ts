// Layout tuning: springs by relationship, repulsion by type and degree.
import { expect } from 'chai';
import { edgeElasticity, idealEdgeLength, nodeRepulsion } from '../../../server/canvas-layout/force-layout';

describe('server/canvas-layout/force-layout', () => {
  it('should keep a statement closer to its speaker than to the article it ran in.', () => {
    expect(idealEdgeLength('SAID')).to.be.below(idealEdgeLength('ABOUT'));
    expect(idealEdgeLength('ABOUT')).to.be.below(idealEdgeLength('REPORTED_IN'));
    expect(edgeElasticity('MENTIONS')).to.be.below(edgeElasticity('SAID'));
  });

  it('should make hubs push harder than leaves, and entities harder than quotes.', () => {
    expect(nodeRepulsion('place', 50)).to.be.above(nodeRepulsion('place', 1));
    expect(nodeRepulsion('statement', 50)).to.be.below(nodeRepulsion('person', 0));
  });
});
