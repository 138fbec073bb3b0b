// Entity scores on a graph small enough to work out by hand: a path a–b–c and, apart, a pair d–e.
import { expect } from 'chai';
import { UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { approximateBetweenness } from '../../../server/graph/analytics/approximate-betweenness';
import { scoreEntities } from '../../../server/graph/analytics/entity-scores';
import type { EntityGraph } from '../../../server/graph/analytics/read-entity-graph';

function handGraph(): EntityGraph {
  const graph: EntityGraph = new UndirectedGraph();
  for (const id of ['a', 'b', 'c', 'd', 'e']) graph.addNode(id, { label: id.toUpperCase(), type: 'person' });
  graph.addEdge('a', 'b', { weight: 1 });
  graph.addEdge('b', 'c', { weight: 1 });
  graph.addEdge('d', 'e', { weight: 1 });
  return graph;
}

const byId = (nodes: ReturnType<typeof scoreEntities>['nodes']) => Object.fromEntries(nodes.map((node) => [node.id, node]));

describe('graph/analytics/entity-scores', () => {
  const { nodes, summary } = scoreEntities(handGraph(), { exactBetweennessUpTo: 100, betweennessSamples: 10 });
  const scores = byId(nodes);

  it('should count degrees: b has two neighbours, every other node one', () => {
    expect(nodes.map((node) => [node.id, node.degree, node.weightedDegree]).sort())
      .to.deep.equal([['a', 1, 1], ['b', 2, 2], ['c', 1, 1], ['d', 1, 1], ['e', 1, 1]]);
  });

  it('should find b on the one shortest path between two others (a–c), and no other node on any', () => {
    expect(nodes.map((node) => [node.id, node.betweenness]).sort()).to.deep.equal([['a', 0], ['b', 1], ['c', 0], ['d', 0], ['e', 0]]);
    expect(summary.betweenness).to.equal('exact');
  });

  it('should give the PageRank worked out by hand (α = 0.85): b 0.2919, a and c 0.1541, d and e 0.2', () => {
    // d = 0.03 + 0.85 e and e = d give 0.2; a = 0.03 + 0.85 b / 2 and b = 0.03 + 0.85 (a + c) give the rest.
    expect(scores.b.pagerank).to.be.closeTo(0.291892, 1e-4);
    expect(scores.a.pagerank).to.be.closeTo(0.154054, 1e-4);
    expect(scores.c.pagerank).to.be.closeTo(0.154054, 1e-4);
    expect(scores.d.pagerank).to.be.closeTo(0.2, 1e-4);
    expect(nodes[0].id).to.equal('b');
  });

  it('should put a, b, c in one Louvain community and d, e in another (modularity 4/9)', () => {
    expect(scores.a.community).to.equal(scores.b.community).and.to.equal(scores.c.community);
    expect(scores.d.community).to.equal(scores.e.community).and.not.to.equal(scores.a.community);
    expect(summary.communities).to.equal(2);
    expect(summary.modularity).to.be.closeTo(4 / 9, 1e-9);
  });

  it('should find two connected components', () => {
    expect(summary.components).to.equal(2);
    expect(scores.a.component).to.equal(scores.c.component).and.not.to.equal(scores.d.component);
  });

  it('should estimate betweenness from sampled sources once the graph is larger than the exact limit', () => {
    const approximate = scoreEntities(handGraph(), { exactBetweennessUpTo: 2, betweennessSamples: 5 });
    expect(approximate.summary).to.include({ betweenness: 'approximate', betweennessSamples: 5 });
    expect(byId(approximate.nodes).b.betweenness).to.equal(1);
  });

  it('should match the exact betweenness when every node is sampled, on a larger graph', () => {
    const graph: EntityGraph = new UndirectedGraph();
    for (let index = 0; index < 40; index += 1) graph.addNode(`n${index}`, { label: `n${index}`, type: 'place' });
    for (let index = 0; index < 40; index += 1) {
      graph.mergeEdge(`n${index}`, `n${(index * 7 + 3) % 40}`, { weight: 1 });
      if (index % 3 === 0) graph.mergeEdge(`n${index}`, `n${(index + 1) % 40}`, { weight: 1 });
    }
    const exact = betweennessCentrality(graph, { normalized: false, getEdgeWeight: null });
    const sampled = approximateBetweenness(graph, 40);
    for (const node of graph.nodes()) expect(sampled[node], node).to.be.closeTo(exact[node], 1e-9);
  });

  it('should score a graph without links: every node alone in its community and component', () => {
    const graph: EntityGraph = new UndirectedGraph();
    graph.addNode('x', { label: 'X', type: 'place' });
    graph.addNode('y', { label: 'Y', type: 'place' });
    const lonely = scoreEntities(graph, { exactBetweennessUpTo: 100, betweennessSamples: 10 });
    expect(lonely.summary).to.include({ nodes: 2, edges: 0, communities: 2, components: 2 });
  });
});
