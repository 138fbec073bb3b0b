// One node's details: what an entity said, or where a statement or event was reported and in which sentence.
import type { NodeDetails } from '../contract';
import type { Database } from '../graph/database';
import { readNodeDetails, type QuotesPage } from '../graph/read-node';

export function nodeDetails(db: Database, id: string, quotes: QuotesPage): Promise<NodeDetails> {
  return readNodeDetails(db, id, quotes);
}
