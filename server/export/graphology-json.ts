// Writes the graph in graphology's serialization format (what graph.export() gives and Graph.from() reads), streamed.
import type { WhosaidGraph } from '../graph/read-graph';
import { jsonArray } from './json-chunks';

export function* writeGraphologyJson(graph: WhosaidGraph): Generator<string> {
  const nodes = (function* () {
    for (const { node, attributes } of graph.nodeEntries()) yield { key: node, attributes };
  })();
  const edges = (function* () {
    for (const { edge, source, target, attributes } of graph.edgeEntries()) yield { key: edge, source, target, attributes };
  })();
  const head = JSON.stringify({ attributes: graph.getAttributes(), options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops } });
  yield* jsonArray(`${head.slice(0, -1)},"nodes":[`, nodes, '],');
  yield* jsonArray('"edges":[', edges, ']}');
}
