// A comparable picture of what a Neo4j database holds, as exports carry it: labels, properties, relationships.
import type { Driver } from 'neo4j-driver';

/** Not exported on purpose: the article's whole text and when it was loaded (citations carry each fact's sentence). */
const LEFT_OUT = new Set(['text', 'ingestedAt']);

export interface Snapshot {
  nodes: string[];
  relationships: string[];
}

const plain = (value: unknown): unknown => (Array.isArray(value) ? value.map(plain) : String(value));

/**
 * Every node's sorted labels and stored properties, and every relationship with its count, as sorted strings.
 * `emptyListsAsMissing`: neo4j-admin's CSV format has no way to write an empty list (an empty cell is no property).
 */
export async function snapshot(driver: Driver, options: { emptyListsAsMissing?: boolean } = {}): Promise<Snapshot> {
  const { records: nodes } = await driver.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties');
  const { records: relationships } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN coalesce(a.key, a.id) AS source, type(r) AS type, coalesce(b.key, b.id) AS target, r.count AS count');
  return {
    nodes: nodes.map((record) => JSON.stringify([
      [...record.get('labels')].sort(),
      Object.entries(record.get('properties') as Record<string, unknown>)
        .filter(([name, value]) => !LEFT_OUT.has(name) && !(options.emptyListsAsMissing && Array.isArray(value) && value.length === 0))
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => [name, plain(value)]),
    ])).sort(),
    relationships: relationships.map((record) => JSON.stringify(['source', 'type', 'target', 'count'].map((key) => {
      const value = record.get(key);
      return value === null ? null : String(value);
    }))).sort(),
  };
}
