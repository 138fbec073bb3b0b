// Finds entities by name or alias and statements by their words, through Neo4j's full-text indexes.
import type { SearchPayload } from '../payloads';
import type { Database } from '../../graph/database';
import { entityNode, statementNode } from '../../graph/node-data';
import { cypher } from '../../graph/queries';
import type { Row } from '../../graph/values';

export interface SearchRequest {
  text: string;
  limit: number;
}

/**
 * The user's words become Lucene terms, each a plain word so no Lucene syntax gets through; longer words
 * allow one edit, so that "Zelensky" finds "Zelenskyy".
 */
export function luceneTerms(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((word) => (word.length >= 5 ? `${word}~1` : word))
    .join(' ');
}

export async function searchGraph(db: Database, request: SearchRequest): Promise<SearchPayload> {
  const terms = luceneTerms(request.text);
  if (terms === '') return { results: [] };
  const rows = await db.read((tx) => tx.run(cypher('read/search'), { terms, limit: request.limit }));
  return {
    results: rows.map((row) => ({
      node: row.kind === 'statement' ? statementNode(row.data as Row, row.articleId as string) : entityNode(row.data as Row),
      score: Number(row.score),
    })),
  };
}
