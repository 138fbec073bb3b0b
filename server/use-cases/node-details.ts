// One node's details: an entity's lists by page, a statement or event's sentence and claimants, an article's text.
import type { NodeDetails, NodeDetailsQuery } from '../contract';
import type { Database } from '../graph/database';
import { readNodeDetails } from '../graph/read-node';

export function nodeDetails(db: Database, id: string, page: NodeDetailsQuery = { page: 1, pageSize: 20 }): Promise<NodeDetails> {
  return readNodeDetails(db, id, page);
}
