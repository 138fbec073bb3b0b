// The canvas vocabulary: node types told apart by shape and colour alike, sizes and labels that grow with importance.
import { expect } from 'chai';
import type { StylesheetStyle } from 'cytoscape';
import { edgeLabelShown, graphStylesheet, LABEL_MARGIN, labelAboveOffset, MIN_LABELLED_EDGE_PX, labelRank, labelSize, MIN_LABEL_PX, NODE_TYPE_ORDER, NODE_TYPES, nodeLabelShown } from '../../client/graph-style';
import { nodeSize } from '../../server/canvas-layout/node-size';

describe('client/graph-style', () => {
  it('should give every node type its own shape and its own colour.', () => {
    const looks = NODE_TYPE_ORDER.map((type) => NODE_TYPES[type]);
    expect(NODE_TYPE_ORDER).to.have.members(['person', 'organization', 'place', 'statement', 'event', 'article']);
    expect(new Set(looks.map((look) => look.shape)).size).to.equal(looks.length);
    expect(new Set(looks.map((look) => look.colour.toLowerCase())).size).to.equal(looks.length);
  });

  it('should have a stylesheet rule that draws each type with its shape and colour.', () => {
    const rules = graphStylesheet() as StylesheetStyle[];
    for (const type of NODE_TYPE_ORDER) {
      const rule = rules.find((r) => r.selector === `node.${type}`);
      expect(rule?.style, type).to.deep.include({ shape: NODE_TYPES[type].shape, 'background-color': NODE_TYPES[type].colour });
    }
  });

  it('should label edges with their relationship in small text.', () => {
    const edge = (graphStylesheet() as StylesheetStyle[]).find((r) => r.selector === 'edge');
    expect(edge?.style).to.deep.include({ label: 'data(display)' });
    expect((edge?.style as Record<string, unknown>)['font-size']).to.be.below(labelSize('person', 0));
  });

  it('should draw entities larger the more they are connected, and statements small whatever their degree.', () => {
    expect(nodeSize('person', 9)).to.be.above(nodeSize('person', 1));
    expect(nodeSize('statement', 30)).to.equal(nodeSize('statement', 1));
    expect(nodeSize('statement', 1)).to.be.below(nodeSize('person', 0));
    expect(nodeSize('place', 10_000)).to.be.at.most(60);
  });

  it('should name entities at the overview and keep quotes for a closer look.', () => {
    const overview = 0.7;
    expect(nodeLabelShown('person', 1, overview)).to.equal(true);
    expect(nodeLabelShown('statement', 1, overview)).to.equal(false);
    expect(nodeLabelShown('statement', 1, MIN_LABEL_PX / labelSize('statement', 1))).to.equal(true);
  });

  it('should rank entity labels above sources, and sources above events and quotes.', () => {
    expect(labelRank('person', 0)).to.be.above(labelRank('article', 0));
    expect(labelRank('article', 0)).to.be.above(labelRank('event', 0));
    expect(labelRank('event', 0)).to.be.above(labelRank('statement', 0));
    expect(labelRank('place', 12)).to.be.above(labelRank('place', 2));
  });

  it('should never name the links to sources, and name the others only around the selection, where the edge has room.', () => {
    expect(edgeLabelShown('MENTIONS', true, 400)).to.equal(false);
    expect(edgeLabelShown('SAID', false, 400)).to.equal(false);
    expect(edgeLabelShown('SAID', true, 400)).to.equal(true);
    expect(edgeLabelShown('ABOUT', true, MIN_LABELLED_EDGE_PX - 1)).to.equal(false);
  });

  it('should lift a label placed above its node by the node\'s height, the label\'s and two margins, so no line is lost.', () => {
    expect(labelAboveOffset(20, 30)).to.equal(LABEL_MARGIN - (20 + 30 + 2 * LABEL_MARGIN));
  });
});
