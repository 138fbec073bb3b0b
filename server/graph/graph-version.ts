// A fingerprint of the graph's content that changes whenever articles are loaded: counts and the latest load time.
import type { Database } from './database';
import { cypher } from './queries';

export async function readGraphVersion(db: Database): Promise<string> {
  const [row] = await db.read((tx) => tx.run(cypher('read/graph-version')));
  const { articles, entities, statements, events, relationships, latest } = row;
  return `${articles}/${entities}/${statements}/${events}/${relationships}@${latest ?? 'never'}`;
}
