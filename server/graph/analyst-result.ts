// Turns the rows of an analyst's query into JSON and the whosaid nodes and relationships in them into the
// Cytoscape elements GET /api/graph sends, keyed by stable ids (entity key, statement, event or article id).
import type { GraphNodeData, GraphPayload } from '../contract';
import { articleNode, entityNode, eventNode, statementNode } from './node-data';
import { NodeValue, PathValue, RelationshipValue, type Row } from './values';

export interface GraphItems {
  nodes: Map<string, NodeValue>;
  relationships: Map<string, RelationshipValue>;
}

/** Every node and relationship anywhere in the rows (in lists, maps and paths), by element id. */
export function graphItemsOf(rows: Row[]): GraphItems {
  const items: GraphItems = { nodes: new Map(), relationships: new Map() };
  const visit = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    if (value instanceof NodeValue) items.nodes.set(value.elementId, value);
    else if (value instanceof RelationshipValue) items.relationships.set(value.elementId, value);
    else if (value instanceof PathValue) {
      value.nodes.forEach(visit);
      value.relationships.forEach(visit);
    } else if (Array.isArray(value)) value.forEach(visit);
    else Object.values(value).forEach(visit);
  };
  rows.forEach((row) => Object.values(row).forEach(visit));
  return items;
}

/** Element ids of relationship ends that the rows do not hold as nodes. */
export function missingEnds(items: GraphItems): string[] {
  const missing = new Set<string>();
  for (const { startElementId, endElementId } of items.relationships.values()) {
    for (const end of [startElementId, endElementId]) if (!items.nodes.has(end)) missing.add(end);
  }
  return [...missing];
}

const WHOSAID_LABELS = ['Entity', 'Statement', 'Event', 'Article'];

function isWhosaidNode(node: NodeValue): boolean {
  return node.labels.some((label) => WHOSAID_LABELS.includes(label));
}

/** A whosaid node's stable key; a node whosaid did not make (a schema diagram's) keeps Neo4j's id, marked as such. */
function stableId(node: NodeValue): string {
  const key = node.properties.key ?? node.properties.id;
  return isWhosaidNode(node) && typeof key === 'string' ? key : `neo4j:${node.elementId}`;
}

function relationshipId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/** Converts rows to JSON and collects the graph; `ends` are the nodes fetched for relationships whose ends were not in the rows. */
export function analystResult(rows: Row[], items: GraphItems, ends: NodeValue[]): { rows: Row[]; graph: GraphPayload } {
  const idOf = new Map<string, string>();
  for (const node of [...items.nodes.values(), ...ends]) idOf.set(node.elementId, stableId(node));
  const endId = (elementId: string) => idOf.get(elementId) ?? `neo4j:${elementId}`;

  const toJson = (value: unknown): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof NodeValue) return { kind: 'node', id: endId(value.elementId), labels: value.labels, properties: value.properties };
    if (value instanceof RelationshipValue) {
      const source = endId(value.startElementId);
      const target = endId(value.endElementId);
      return { kind: 'relationship', id: relationshipId(value.type, source, target), type: value.type, source, target, properties: value.properties };
    }
    if (value instanceof PathValue) return { kind: 'path', nodes: value.nodes.map(toJson), relationships: value.relationships.map(toJson) };
    if (Array.isArray(value)) return value.map(toJson);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJson(inner)]));
  };

  const nodes = [...items.nodes.values(), ...ends].filter(isWhosaidNode);
  const shown = new Set(nodes.map(stableId));
  const edges = [...items.relationships.values()]
    .map((relationship) => ({ relationship, source: endId(relationship.startElementId), target: endId(relationship.endElementId) }))
    .filter(({ source, target }) => shown.has(source) && shown.has(target))
    .map(({ relationship, source, target }) => ({
      data: {
        id: relationshipId(relationship.type, source, target), source, target, type: relationship.type,
        ...(relationship.properties.count == null ? {} : { count: relationship.properties.count }),
      },
    }));
  return {
    rows: rows.map((row) => toJson(row) as Row),
    graph: { elements: { nodes: [...new Map(nodes.map((node) => [stableId(node), { data: nodeData(node) }])).values()], edges: dedupe(edges) } },
  };
}

function dedupe<T extends { data: { id: string } }>(elements: T[]): T[] {
  return [...new Map(elements.map((element) => [element.data.id, element])).values()];
}

/** The same data GET /api/graph gives a node of that kind; an article's text stays out of the graph. */
function nodeData(node: NodeValue): GraphNodeData {
  const { labels, properties } = node;
  if (labels.includes('Entity')) return entityNode(properties);
  const articleId = String(properties.id).split(':')[0];
  if (labels.includes('Statement')) return statementNode(properties, articleId);
  if (labels.includes('Event')) return eventNode(properties, articleId);
  const { text: _text, ingestedAt: _ingestedAt, ...article } = properties;
  return articleNode(article);
}
