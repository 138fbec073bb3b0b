// The overlay's marks: sizes follow the chosen score among the nodes on the canvas, colours the biggest communities first.
import { expect } from 'chai';
import { COMMUNITY_COLOURS, overlayMarks, SIZE_RANGE } from '../../../client/analytics/overlay-marks';
import type { AnalyticsNode } from '../../../server/contract';

const scored = (id: string, community: number, pagerank: number, degree: number): AnalyticsNode => ({
  id, label: id.toUpperCase(), type: 'person', degree, weightedDegree: degree, pagerank, betweenness: 0, community, component: 0,
});

describe('client/analytics/overlay-marks', () => {
  const scores = [scored('a', 1, 0.4, 1), scored('b', 1, 0.1, 4), scored('c', 2, 0.3, 2), scored('d', 2, 0.1, 1), scored('e', 2, 0.1, 1), scored('off', 3, 0.9, 9)];
  const onCanvas = new Set(['a', 'b', 'c', 'd', 'e']);

  it('When sized by PageRank, then the top score on the canvas gets the largest size and nodes off the canvas get none', () => {
    const { marks } = overlayMarks(scores, onCanvas, 'pagerank');
    expect(marks.get('a')?.overlaySize).to.equal(SIZE_RANGE.max);
    expect(marks.get('b')?.overlaySize).to.be.below(marks.get('c')?.overlaySize as number);
    expect(marks.has('off')).to.equal(false);
  });

  it('When sized by degree, then the order follows the degree instead', () => {
    const { marks } = overlayMarks(scores, onCanvas, 'degree');
    expect(marks.get('b')?.overlaySize).to.equal(SIZE_RANGE.max);
    expect(marks.get('a')?.overlaySize).to.be.below(marks.get('c')?.overlaySize as number);
  });

  it('When communities are coloured, then the biggest gets the first colour and the key names each by its best member', () => {
    const { marks, communities } = overlayMarks(scores, onCanvas, 'pagerank');
    expect(marks.get('c')?.overlayColour).to.equal(COMMUNITY_COLOURS[0]);
    expect(marks.get('a')?.overlayColour).to.equal(COMMUNITY_COLOURS[1]);
    expect(communities).to.deep.equal([
      { colour: COMMUNITY_COLOURS[0], leader: 'C', members: 3 },
      { colour: COMMUNITY_COLOURS[1], leader: 'A', members: 2 },
    ]);
  });

  it('When there are more communities than colours, then the rest share the last colour under one key entry', () => {
    const many = Array.from({ length: 12 }, (_, i) => scored(`n${i}`, i, 0.1, 1));
    const { communities, marks } = overlayMarks(many, new Set(many.map((node) => node.id)), 'pagerank');
    expect(communities).to.have.length(COMMUNITY_COLOURS.length);
    expect(communities[communities.length - 1]).to.deep.equal({ colour: COMMUNITY_COLOURS[COMMUNITY_COLOURS.length - 1], leader: 'other communities', members: 3 });
    expect(marks.get('n11')?.overlayColour).to.equal(COMMUNITY_COLOURS[COMMUNITY_COLOURS.length - 1]);
  });
});
