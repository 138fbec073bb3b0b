// How big the graph is: node counts by label and relationship counts by type.
import type { Database } from './database';
import { cypher } from './queries';

export interface GraphCounts {
  articles: number; entities: number; people: number; organizations: number; places: number;
  statements: number; events: number;
  mentions: number; said: number; reportedIn: number; about: number; via: number;
  actor: number; target: number; claims: number;
}

export async function countGraph(db: Database): Promise<GraphCounts> {
  const [counts] = await db.read((tx) => tx.run(cypher('read/counts')));
  return counts as unknown as GraphCounts;
}
