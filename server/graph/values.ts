// The one place that converts between plain JavaScript data and neo4j-driver values, in both directions.
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

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
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlainValue(inner)]));
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
