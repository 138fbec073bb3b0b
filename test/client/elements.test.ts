// API graph → Cytoscape elements: every node and edge kept with its data, degrees counted, dangling edges left out.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import { toElements } from '../../client/elements';
import graphFixture from './fixtures/graph.json';

const fixture = graphFixture as GraphPayload;

const small: GraphPayload = {
  elements: {
    nodes: [
      { data: { id: 'person:dmitry peskov', label: 'Dmitry Peskov', type: 'person', role: 'spokesman' } },
      { data: { id: 'a1:s1', label: 'We are staying in Kherson forever', type: 'statement', kind: 'direct' } },
      { data: { id: 'place:kherson', label: 'Kherson', type: 'place' } },
    ],
    edges: [
      { data: { id: 'SAID:1', source: 'person:dmitry peskov', target: 'a1:s1', type: 'SAID' } },
      { data: { id: 'ABOUT:1', source: 'a1:s1', target: 'place:kherson', type: 'ABOUT' } },
      { data: { id: 'REPORTED_IN:1', source: 'a1:s1', target: 'article:missing', type: 'REPORTED_IN' } },
    ],
  },
};

describe('client/elements', () => {
  it('should keep every field the API sent and add a canvas label and a degree.', () => {
    const { elements } = toElements(small);
    const peskov = elements.find((el) => el.data.id === 'person:dmitry peskov');
    expect(peskov?.group).to.equal('nodes');
    expect(peskov?.data).to.deep.include({ label: 'Dmitry Peskov', role: 'spokesman', display: 'Dmitry Peskov', degree: 1 });
    expect(elements.find((el) => el.data.id === 'a1:s1')?.data).to.deep.include({ display: '“We are staying in Kherson forever”', degree: 2 });
  });

  it('should give each element its type as a class, so that the stylesheet can select it.', () => {
    const { elements } = toElements(small);
    expect(elements.map((el) => el.classes)).to.deep.equal(['person', 'statement', 'place', 'SAID', 'ABOUT']);
  });

  it('should leave out and count an edge whose end is not among the nodes, since Cytoscape refuses it.', () => {
    const { elements, droppedEdges } = toElements(small);
    expect(droppedEdges).to.equal(1);
    expect(elements.some((el) => el.data.id === 'REPORTED_IN:1')).to.equal(false);
  });

  it('should name an edge by its relationship in lower case for the canvas.', () => {
    const { elements } = toElements(small);
    expect(elements.find((el) => el.data.id === 'SAID:1')?.data.display).to.equal('said');
  });

  it('should count the nodes of each type for the legend.', () => {
    const { counts, elements } = toElements(fixture);
    expect(counts.person).to.equal(fixture.elements.nodes.filter((n) => n.data.type === 'person').length);
    const total = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    expect(total).to.equal(fixture.elements.nodes.length);
    expect(elements).to.have.length(fixture.elements.nodes.length + fixture.elements.edges.length);
  });

  it('should give an empty graph no elements.', () => {
    expect(toElements({ elements: { nodes: [], edges: [] } })).to.deep.equal({ elements: [], counts: {}, droppedEdges: 0 });
  });
});
