// Searches the graph: the user's words become safe full-text terms, then entities and statements are looked up.
import type { SearchPayload } from '../contract';
import type { Database } from '../graph/database';
import { searchNodes } from '../graph/search-nodes';

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
  return { results: await searchNodes(db, terms, request.limit) };
}
