// Reads the nodes at the ends of relationships that an analyst's query returned without them.
import type { Database } from './database';
import { cypher } from './queries';
import type { NodeValue } from './values';

export async function readRelationshipEnds(db: Database, elementIds: string[]): Promise<NodeValue[]> {
  if (elementIds.length === 0) return [];
  const rows = await db.read((tx) => tx.run(cypher('read/nodes-by-element-id'), { elementIds }));
  return rows.map((row) => row.node as NodeValue);
}
