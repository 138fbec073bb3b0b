// Cytoscape and graphology JSON: the same nodes and edges as the graph, readable by graphology's own import.
import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { writeCytoscapeJson } from '../../server/export/cytoscape-json';
import { writeGraphologyJson } from '../../server/export/graphology-json';
import { toCytoscapeElements } from '../../server/graph/cytoscape-elements';
import { collect, hostileGraph } from './fixtures/hostile-graph';

describe('export/cytoscape-json and export/graphology-json', () => {
  it('When a graph is written as Cytoscape JSON, then it is exactly what GET /api/graph would send for it', () => {
    const graph = hostileGraph();
    expect(JSON.parse(collect(writeCytoscapeJson(graph)))).to.deep.equal(toCytoscapeElements(graph));
  });

  it('When a graph is written as graphology JSON, then Graph.from reads back the same graph, hostile text included', () => {
    const graph = hostileGraph();
    const read = MultiDirectedGraph.from(JSON.parse(collect(writeGraphologyJson(graph))));
    expect(read.export()).to.deep.equal(graph.export());
  });

  it('When the graph is empty, then both are still valid JSON', () => {
    const empty = new MultiDirectedGraph() as ReturnType<typeof hostileGraph>;
    expect(JSON.parse(collect(writeCytoscapeJson(empty)))).to.deep.equal({ elements: { nodes: [], edges: [] } });
    expect(JSON.parse(collect(writeGraphologyJson(empty))).nodes).to.deep.equal([]);
  });
});
