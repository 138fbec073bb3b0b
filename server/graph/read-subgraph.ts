// Reads a set of nodes by id and the relationships among them: a permalink's canvas, or new pieces joined to a canvas.
import type { GraphEdgeData, GraphPayload } from '../contract';
import type { Database } from './database';
import { anyNode, type ArticleStamp } from './node-data';
import { cypher } from './queries';
import { edgeData } from './read-neighbours';
import type { Row } from './values';

/** At most this many relationships come back: a canvas the workspace draws holds far fewer. */
export const SUBGRAPH_EDGE_LIMIT = 20_000;

export async function readSubgraph(db: Database, ids: string[]): Promise<GraphPayload> {
  if (ids.length === 0) return { elements: { nodes: [], edges: [] } };
  const { nodes, edges } = await db.read(async (tx) => ({
    nodes: await tx.run(cypher('read/workspace/nodes-by-ids'), { ids }),
    edges: await tx.run(cypher('read/workspace/edges-among'), { ids, limit: SUBGRAPH_EDGE_LIMIT }),
  }));
  return {
    elements: {
      nodes: nodes.map((row) => ({ data: anyNode(String(row.kind), row.data as Row, row.article as ArticleStamp | null) })),
      edges: edges.map((row): { data: GraphEdgeData } => ({ data: edgeData(row) })),
    },
  };
}
