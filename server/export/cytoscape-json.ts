// Writes the graph as Cytoscape.js elements JSON (the shape GET /api/graph sends), streamed in chunks.
import type { WhosaidGraph } from '../graph/read-graph';
import { jsonArray } from './json-chunks';

export function* writeCytoscapeJson(graph: WhosaidGraph): Generator<string> {
  const nodes = (function* () {
    for (const { node, attributes } of graph.nodeEntries()) yield { data: { ...attributes, id: node } };
  })();
  const edges = (function* () {
    for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { data: { ...attributes, id: edge, source, target } };
  })();
  yield* jsonArray('{"elements":{"nodes":[', nodes, '],');
  yield* jsonArray('"edges":[', edges, ']}}');
}
