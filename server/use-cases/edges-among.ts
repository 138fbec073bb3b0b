// The relationships among the nodes a canvas holds, so pieces added one by one join up.
import type { GraphPayload } from '../contract';
import type { Database } from '../graph/database';
import { readEdgesAmong } from '../graph/read-edges-among';

export async function edgesAmong(db: Database, ids: string[]): Promise<GraphPayload> {
  const edges = await readEdgesAmong(db, [...new Set(ids)]);
  return { elements: { nodes: [], edges: edges.map((data) => ({ data })) } };
}
