// The typed attributes of exported nodes and edges, kept as data: which type each has and which are stored in Neo4j.
import type { WhosaidGraph } from '../graph/read-graph';

export type AttributeType = 'string' | 'string[]' | 'int' | 'double' | 'date' | 'boolean';

/** Every node attribute whosaid knows, in the order files list them; `derived` ones are not properties in Neo4j. */
const NODE_ATTRIBUTE_TYPES: [name: string, type: AttributeType, derived?: 'derived'][] = [
  ['label', 'string', 'derived'], ['type', 'string'],
  ['aliases', 'string[]'], ['role', 'string'], ['affiliation', 'string'], ['lat', 'double'], ['lon', 'double'],
  ['quote', 'string'], ['kind', 'string'], ['verb', 'string'], ['speaker', 'string'], ['via', 'string'],
  ['phrase', 'string'], ['actor', 'string'], ['target', 'string'], ['claimedBy', 'string'], ['modality', 'string'],
  ['date', 'date'], ['start', 'int'], ['end', 'int'], ['quoteStart', 'int'], ['quoteEnd', 'int'],
  ['sentence', 'int'], ['sentenceStart', 'int'], ['sentenceEnd', 'int'], ['ruleId', 'string'],
  ['file', 'string'], ['title', 'string'], ['outlet', 'string'], ['url', 'string'], ['length', 'int'],
  ['article', 'string', 'derived'], ['sentenceText', 'string', 'derived'], ['articleTitle', 'string', 'derived'],
  ['articleOutlet', 'string', 'derived'], ['articleDate', 'date', 'derived'], ['articleUrl', 'string', 'derived'],
];

const EDGE_ATTRIBUTE_TYPES: [name: string, type: AttributeType][] = [['type', 'string'], ['count', 'int']];

const KNOWN_NODE_TYPES = new Map(NODE_ATTRIBUTE_TYPES.map(([name, type]) => [name, type]));
const DERIVED = new Set(NODE_ATTRIBUTE_TYPES.filter(([, , derived]) => derived).map(([name]) => name));

export interface Attribute {
  name: string;
  type: AttributeType;
}

/** A property this list does not know yet still gets a type, from its value, rather than being dropped. */
function inferredType(value: unknown): AttributeType {
  if (Array.isArray(value)) return 'string[]';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

function present(known: [string, AttributeType, ...unknown[]][], seen: Map<string, unknown>): Attribute[] {
  const listed = known.filter(([name]) => seen.has(name)).map(([name, type]) => ({ name, type }));
  const names = new Set(known.map(([name]) => name));
  const extra = [...seen].filter(([name]) => !names.has(name)).map(([name, value]) => ({ name, type: inferredType(value) }));
  return [...listed, ...extra];
}

/** The node attributes this graph uses, typed, known ones first in the order above. */
export function nodeAttributes(graph: WhosaidGraph): Attribute[] {
  const seen = new Map<string, unknown>();
  graph.forEachNode((_id, attributes) => Object.entries(attributes).forEach(([name, value]) => seen.has(name) || seen.set(name, value)));
  return present(NODE_ATTRIBUTE_TYPES, seen);
}

export function edgeAttributes(graph: WhosaidGraph): Attribute[] {
  const seen = new Map<string, unknown>();
  graph.forEachEdge((_id, attributes) => Object.entries(attributes).forEach(([name, value]) => seen.has(name) || seen.set(name, value)));
  return present(EDGE_ATTRIBUTE_TYPES, seen);
}

export function nodeAttributeType(name: string, value: unknown): AttributeType {
  return KNOWN_NODE_TYPES.get(name) ?? inferredType(value);
}

/** True for attributes computed for the view or for citations (label, article, sentenceText, …), not stored in Neo4j. */
export function isDerived(name: string): boolean {
  return DERIVED.has(name);
}
