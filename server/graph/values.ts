// The one place that converts between plain JavaScript data and neo4j-driver values, in both directions.
import neo4j, { type Node, type Path, type Record as Neo4jRecord, type Relationship } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** A node as plain data. `elementId` is Neo4j's own and stays on the server: it only joins relationships to their ends. */
export class NodeValue {
  constructor(readonly elementId: string, readonly labels: string[], readonly properties: Row) {}
}

/** A relationship as plain data; its ends are Neo4j element ids, resolved to stable keys by the caller. */
export class RelationshipValue {
  constructor(
    readonly elementId: string, readonly type: string,
    readonly startElementId: string, readonly endElementId: string, readonly properties: Row,
  ) {}
}

/** A path as its nodes in order and the relationships between them. */
export class PathValue {
  constructor(readonly nodes: NodeValue[], readonly relationships: RelationshipValue[]) {}
}

/**
 * Parameters for the driver: JavaScript numbers would all reach Cypher as floats, so whole numbers go as
 * Cypher integers; queries that store a real-valued number (coordinates) cast it with toFloat().
 */
export function toParams(value: Params): Params {
  return toCypherValue(value) as Params;
}

function toCypherValue(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toCypherValue(inner)]));
  }
  return value;
}

/** A record as plain data: integers become numbers, dates and times their ISO strings. */
export function toRow(record: Neo4jRecord): Row {
  return Object.fromEntries(record.keys.map((key) => [key, toPlainValue(record.get(key))])) as Row;
}

function toPlainValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)) return value.toString();
  if (neo4j.isPoint(value)) return toPlainPoint(value);
  if (neo4j.isNode(value)) return toNodeValue(value);
  if (neo4j.isRelationship(value)) return toRelationshipValue(value);
  if (neo4j.isPath(value)) return toPathValue(value);
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlainValue(inner)]));
  }
  return value;
}

function toNodeValue(node: Node): NodeValue {
  return new NodeValue(node.elementId, node.labels, toPlainValue(node.properties) as Row);
}

function toRelationshipValue(relationship: Relationship): RelationshipValue {
  const { elementId, type, startNodeElementId, endNodeElementId, properties } = relationship;
  return new RelationshipValue(elementId, type, startNodeElementId, endNodeElementId, toPlainValue(properties) as Row);
}

function toPathValue(path: Path): PathValue {
  return new PathValue(
    [toNodeValue(path.start), ...path.segments.map((segment) => toNodeValue(segment.end))],
    path.segments.map((segment) => toRelationshipValue(segment.relationship)),
  );
}

function toPlainPoint(point: { srid: unknown; x: number; y: number; z?: number }): Row {
  const plain: Row = { srid: toPlainValue(point.srid), x: point.x, y: point.y };
  if (point.z !== undefined) plain.z = point.z;
  return plain;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
