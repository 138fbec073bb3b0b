// Reads the entity graph from Neo4j into graphology: entities as nodes, weighted links through statements and events.
import { UndirectedGraph } from 'graphology';
import type { NodeType } from '../../contract';
import type { Database } from '../database';
import { cypher } from '../queries';

export type EntityGraph = UndirectedGraph<{ label: string; type: NodeType }, { weight: number }>;

export interface EntityGraphScope {
  /** Only the statements and events of this article. */
  articleId?: string;
  /** Only links between these entities (the subgraph they induce). */
  entityKeys?: string[];
}

export async function readEntityGraph(db: Database, scope: EntityGraphScope): Promise<EntityGraph> {
  const keep = scope.entityKeys ? new Set(scope.entityKeys) : undefined;
  const { links, entities } = await db.read(async (tx) => {
    const allLinks = await tx.run(cypher('read/entity-links'), { articleId: scope.articleId ?? null });
    const kept = keep ? allLinks.filter((link) => keep.has(String(link.source)) && keep.has(String(link.target))) : allLinks;
    const keys = [...new Set(kept.flatMap((link) => [String(link.source), String(link.target)]))];
    return { links: kept, entities: await tx.run(cypher('read/entities-by-key'), { keys }) };
  });
  const graph: EntityGraph = new UndirectedGraph();
  for (const { key, name, type } of entities) graph.addNode(String(key), { label: String(name), type: type as NodeType });
  for (const { source, target, weight } of links) graph.addEdge(String(source), String(target), { weight: Number(weight) });
  return graph;
}
