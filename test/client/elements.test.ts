// API nodes and edges → Cytoscape elements: every field kept, canvas labels, and only what a canvas lacks, never dangling.
import { expect } from 'chai';
import type { GraphPayload } from '../../server/contract';
import { additions, edgeElement, nodeElement } from '../../client/elements';

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
  it('should keep every field the API sent and add a canvas label, with the type as a class.', () => {
    const peskov = nodeElement(small.elements.nodes[0].data);
    expect(peskov).to.deep.include({ group: 'nodes', classes: 'person' });
    expect(peskov.data).to.deep.include({ label: 'Dmitry Peskov', role: 'spokesman', display: 'Dmitry Peskov' });
    expect(nodeElement(small.elements.nodes[1].data).data.display).to.equal('“We are staying in Kherson forever”');
  });

  it('should name an edge by its relationship in lower case for the canvas.', () => {
    expect(edgeElement({ id: 'e', source: 'a', target: 'b', type: 'REPORTED_IN' }).data.display).to.equal('reported in');
  });

  it('should add only what the canvas lacks, and leave out and count an edge whose end would be missing.', () => {
    const onCanvas = new Set(['person:dmitry peskov', 'SAID:1']);
    const { nodes, edges, dangling } = additions(small, onCanvas);
    expect(nodes.map((n) => n.id)).to.deep.equal(['a1:s1', 'place:kherson']);
    expect(edges.map((e) => e.id)).to.deep.equal(['ABOUT:1']);
    expect(dangling).to.equal(1);
  });

  it('should add nothing twice when a payload repeats a node.', () => {
    const twice: GraphPayload = { elements: { nodes: [...small.elements.nodes, small.elements.nodes[0]], edges: [] } };
    expect(additions(twice, new Set()).nodes).to.have.length(3);
  });
});
