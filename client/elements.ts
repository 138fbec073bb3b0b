// Turns the API's graph payload into Cytoscape element definitions: canvas labels, degrees, and no edge left dangling.

import type { ElementDefinition } from 'cytoscape';
import type { GraphPayload, NodeType } from '../server/contract';
import { canvasLabel } from './labels';

export interface GraphElements {
  elements: ElementDefinition[];
  /** How many nodes of each type the payload holds, for the legend. */
  counts: Partial<Record<NodeType, number>>;
  /** Edges whose source or target is not among the nodes: Cytoscape refuses them, so they are left out and counted. */
  droppedEdges: number;
}

export function toElements(payload: GraphPayload): GraphElements {
  const { nodes, edges } = payload.elements;
  const degree = new Map<string, number>(nodes.map((n) => [n.data.id, 0]));
  const keptEdges = edges.filter((e) => degree.has(e.data.source) && degree.has(e.data.target));
  for (const { data } of keptEdges) {
    degree.set(data.source, (degree.get(data.source) ?? 0) + 1);
    degree.set(data.target, (degree.get(data.target) ?? 0) + 1);
  }
  const counts: Partial<Record<NodeType, number>> = {};
  const nodeElements: ElementDefinition[] = nodes.map(({ data }) => {
    counts[data.type] = (counts[data.type] ?? 0) + 1;
    return {
      group: 'nodes',
      data: { ...data, display: canvasLabel(data), degree: degree.get(data.id) ?? 0 },
      classes: data.type,
    };
  });
  const edgeElements: ElementDefinition[] = keptEdges.map(({ data }) => ({
    group: 'edges',
    data: { ...data, display: data.type.toLowerCase().replace(/_/g, ' ') },
    classes: data.type,
  }));
  return { elements: [...nodeElements, ...edgeElements], counts, droppedEdges: edges.length - keptEdges.length };
}
