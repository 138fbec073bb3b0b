// Turns the API's nodes and edges into Cytoscape element definitions: canvas labels, classes, and no edge left dangling.

import type { ElementDefinition } from 'cytoscape';
import type { GraphEdgeData, GraphNodeData, GraphPayload } from '../server/contract';
import { canvasLabel } from './labels';

/**
 * One node as the canvas holds it: its data, its canvas label, its type as a class, and its degree on the canvas (its
 * size follows it) when known, so that the canvas does not have to style it a second time once its links are in.
 */
export function nodeElement(data: GraphNodeData, degree = 0): ElementDefinition {
  return { group: 'nodes', data: { ...data, display: canvasLabel(data), degree }, classes: data.type };
}

export function edgeElement(data: GraphEdgeData): ElementDefinition {
  return { group: 'edges', data: { ...data, display: data.type.toLowerCase().replace(/_/g, ' ') }, classes: data.type };
}

export interface Addition {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
  /** Edges left out because an end is neither on the canvas nor among the new nodes: Cytoscape would refuse them. */
  dangling: number;
}

/** What a payload adds to a canvas that holds `onCanvas`: the nodes and edges it lacks, whose ends will all be there. */
export function additions(payload: GraphPayload, onCanvas: ReadonlySet<string>): Addition {
  const seen = new Set<string>();
  const nodes = payload.elements.nodes.map((n) => n.data).filter((n) => {
    if (onCanvas.has(n.id) || seen.has(n.id)) return false;
    seen.add(n.id);
    return true;
  });
  const present = new Set([...onCanvas, ...nodes.map((n) => n.id)]);
  const candidates = payload.elements.edges.map((e) => e.data).filter((e) => !onCanvas.has(e.id));
  const edges = candidates.filter((e) => present.has(e.source) && present.has(e.target));
  return { nodes, edges, dangling: candidates.length - edges.length };
}
