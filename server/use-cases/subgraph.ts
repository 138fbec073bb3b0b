// Nodes by id and the relationships among them: reopening a permalink, or joining new pieces to what a canvas holds.
import type { GraphPayload } from '../contract';
import type { Database } from '../graph/database';
import { readSubgraph } from '../graph/read-subgraph';

export function subgraph(db: Database, ids: string[]): Promise<GraphPayload> {
  return readSubgraph(db, [...new Set(ids)]);
}
