// Reads one page of a node's neighbours, the counts per relationship type, and the speakers of the statements among them.
import type { GraphEdgeData, GraphNodeData, NeighboursPayload, RelationshipCount } from '../contract';
import type { Database } from './database';
import { anyNode, edgeId, entityNode, type ArticleStamp } from './node-data';
import { cypher } from './queries';
import type { Row } from './values';

export interface NeighbourRequest {
  id: string;
  types?: string[];
  outlets?: string[];
  kinds?: string[];
  order: 'count' | 'date' | 'name';
  limit: number;
  offset: number;
}

export function edgeData(row: Row): GraphEdgeData {
  const type = String(row.type);
  const source = String(row.source);
  const target = String(row.target);
  return { id: edgeId(type, source, target), source, target, type, ...(row.count == null ? {} : { count: row.count }) };
}

/** `node` is the asked node's own data, read by the caller; null lists mean "no filter". */
export async function readNeighbours(db: Database, request: NeighbourRequest, node: GraphNodeData): Promise<NeighboursPayload> {
  const { id, order, limit, offset } = request;
  const filters = { id, types: request.types ?? null, outlets: request.outlets ?? null, kinds: request.kinds ?? null };
  const { counts, total, rows, speakers } = await db.read(async (tx) => {
    const page = await tx.run(cypher('read/workspace/neighbours'), { ...filters, order, limit, offset });
    const statementIds = page.filter((row) => row.kind === 'statement').map((row) => String((row.data as Row).id));
    return {
      counts: await tx.run(cypher('read/workspace/neighbour-counts'), { id }),
      total: Number((await tx.run(cypher('read/workspace/neighbour-total'), filters))[0]?.total ?? 0),
      rows: page,
      speakers: statementIds.length === 0 ? [] : await tx.run(cypher('read/workspace/statement-speakers'), { ids: statementIds }),
    };
  });
  const nodes = new Map<string, GraphNodeData>();
  const edges = new Map<string, GraphEdgeData>();
  for (const row of rows) {
    const neighbour = anyNode(String(row.kind), row.data as Row, row.article as ArticleStamp | null);
    nodes.set(neighbour.id, neighbour);
    const edge = edgeData(row);
    edges.set(edge.id, edge);
  }
  // A statement is never shown without who said it.
  for (const row of speakers) {
    const speaker = entityNode(row.entity as Row);
    if (speaker.id !== id) nodes.set(speaker.id, speaker);
    const edge = edgeData({ type: 'SAID', source: speaker.id, target: row.statement });
    edges.set(edge.id, edge);
  }
  return {
    node,
    counts: counts.map((row) => ({ type: String(row.type), direction: row.direction, count: Number(row.count) }) as RelationshipCount),
    total,
    offset,
    limit,
    elements: {
      nodes: [...nodes.values()].map((data) => ({ data })),
      edges: [...edges.values()].map((data) => ({ data })),
    },
  };
}
