// Finds entities by name or alias and statements by their words, through Neo4j's full-text indexes.
import type { SearchPayload } from '../contract';
import type { Database } from './database';
import { entityNode, statementNode, type ArticleStamp } from './node-data';
import { cypher } from './queries';
import type { Row } from './values';

/** `terms` is Lucene query text the caller has made safe (see use-cases/search.ts). */
export async function searchNodes(db: Database, terms: string, limit: number): Promise<SearchPayload['results']> {
  const rows = await db.read((tx) => tx.run(cypher('read/search'), { terms, limit }));
  return rows.map((row) => ({
    node: row.kind === 'statement' ? statementNode(row.data as Row, row.article as ArticleStamp) : entityNode(row.data as Row),
    score: Number(row.score),
  }));
}
