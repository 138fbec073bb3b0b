// Reads the relationships among a set of nodes, so that pieces added to the canvas one by one join up.
import type { GraphEdgeData } from '../contract';
import type { Database } from './database';
import { cypher } from './queries';
import { edgeData } from './read-neighbours';

/** At most this many relationships come back: a canvas the workspace draws holds far fewer. */
export const EDGES_AMONG_LIMIT = 20_000;

export async function readEdgesAmong(db: Database, ids: string[]): Promise<GraphEdgeData[]> {
  if (ids.length === 0) return [];
  const rows = await db.read((tx) => tx.run(cypher('read/workspace/edges-among'), { ids, limit: EDGES_AMONG_LIMIT }));
  return rows.map(edgeData);
}
