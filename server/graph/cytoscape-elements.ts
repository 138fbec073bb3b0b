// Writes the in-memory graph as Cytoscape.js elements JSON, the shape GET /api/graph sends.
import type { WhosaidGraph } from './read-graph';
import type { GraphPayload } from '../contract';

export function toCytoscapeElements(graph: WhosaidGraph): GraphPayload {
  return {
    elements: {
      nodes: graph.mapNodes((id, attributes) => ({ data: { ...attributes, id } })),
      edges: graph.mapEdges((id, attributes, source, target) => ({ data: { ...attributes, id, source, target } })),
    },
  };
}
