// Summaries of the graph for the side panel: a node's connections, the most quoted speakers, the articles behind the graph.

import type { GraphNodeData, GraphPayload, NodeType } from '../server/contract';

export interface Connection {
  id: string;
  label: string;
  type: NodeType;
  /** The relationship as read from the selected node: "SAID", or "← ABOUT" when it points at the selected node. */
  relation: string;
}

export function connectionsOf(payload: GraphPayload, id: string): Connection[] {
  const byId = new Map(payload.elements.nodes.map((n) => [n.data.id, n.data]));
  const found: Connection[] = [];
  for (const { data: edge } of payload.elements.edges) {
    const outgoing = edge.source === id;
    if (!outgoing && edge.target !== id) continue;
    const other = byId.get(outgoing ? edge.target : edge.source);
    if (!other) continue;
    found.push({ id: other.id, label: other.label, type: other.type, relation: outgoing ? edge.type : `← ${edge.type}` });
  }
  return found.sort((a, b) => a.relation.localeCompare(b.relation) || a.label.localeCompare(b.label));
}

export interface SpeakerCount {
  node: GraphNodeData;
  statements: number;
}

/** Speakers ranked by how many statements the graph holds from them: where an analyst usually starts. */
export function topSpeakers(payload: GraphPayload, limit: number): SpeakerCount[] {
  const byId = new Map(payload.elements.nodes.map((n) => [n.data.id, n.data]));
  const counts = new Map<string, number>();
  for (const { data: edge } of payload.elements.edges) {
    if (edge.type === 'SAID' && byId.has(edge.source)) counts.set(edge.source, (counts.get(edge.source) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([id, statements]) => ({ node: byId.get(id) as GraphNodeData, statements }))
    .sort((a, b) => b.statements - a.statements || a.node.label.localeCompare(b.node.label))
    .slice(0, limit);
}

export function articlesOf(payload: GraphPayload): GraphNodeData[] {
  return payload.elements.nodes
    .map((n) => n.data)
    .filter((n) => n.type === 'article')
    .sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')));
}
