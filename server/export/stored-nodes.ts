// Turns exported nodes back into what Neo4j stores: labels, the key property, and the stored properties with their types.
import type { NodeType } from '../contract';
import type { NodeAttributes } from '../graph/read-graph';
import { isDerived, nodeAttributeType, type AttributeType } from './attributes';

interface NodeKind {
  labels: string[];
  /** The property that holds the node's stable key: `key` for entities, `id` for the rest. */
  keyProperty: 'key' | 'id';
}

/** Labels and key of each node type, as docs/graph-model.md describes them. */
export const NODE_KINDS: Record<NodeType, NodeKind> = {
  person: { labels: ['Entity', 'Person'], keyProperty: 'key' },
  organization: { labels: ['Entity', 'Organization'], keyProperty: 'key' },
  place: { labels: ['Entity', 'Place'], keyProperty: 'key' },
  article: { labels: ['Article'], keyProperty: 'id' },
  statement: { labels: ['Statement'], keyProperty: 'id' },
  event: { labels: ['Event'], keyProperty: 'id' },
};

export interface StoredProperty {
  name: string;
  type: AttributeType;
  value: unknown;
}

export interface StoredNode {
  type: NodeType;
  labels: string[];
  keyProperty: 'key' | 'id';
  key: string;
  /** Every stored property but the key, in the order the graph holds them. */
  properties: StoredProperty[];
}

const ENTITY_TYPES = new Set<NodeType>(['person', 'organization', 'place']);

export function storedNode(id: string, attributes: NodeAttributes): StoredNode {
  const { labels, keyProperty } = NODE_KINDS[attributes.type];
  const isEntity = ENTITY_TYPES.has(attributes.type);
  const properties: StoredProperty[] = [];
  if (isEntity) properties.push({ name: 'name', type: 'string', value: attributes.label });
  for (const [name, value] of Object.entries(attributes)) {
    if (isDerived(name) || value === null || value === undefined) continue;
    // Only an entity stores its type; for the others it is the label.
    if (name === 'type' && !isEntity) continue;
    properties.push({ name, type: nodeAttributeType(name, value), value });
  }
  return { type: attributes.type, labels, keyProperty, key: id, properties };
}
