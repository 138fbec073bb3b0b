// Reads the graph (or one article's part of it) from Neo4j into an in-memory graphology graph.
import { MultiDirectedGraph } from 'graphology';
import type { GraphNodeData, NodeType } from '../contract';
import { NotFoundError } from '../errors';
import type { Database } from './database';
import { articleNode, edgeId, entityNode, eventNode, statementNode, type ArticleStamp } from './node-data';
import { cypher } from './queries';

// Written out rather than Omit<>: Omit over an index signature would drop the named fields.
export type NodeAttributes = { label: string; type: NodeType; [extra: string]: unknown };
export type EdgeAttributes = { type: string; [extra: string]: unknown };
export type WhosaidGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export interface GraphScope {
  /** Only this article, its facts and the entities they involve; all articles when absent. */
  articleId?: string;
}

export async function readGraph(db: Database, scope: GraphScope = {}): Promise<WhosaidGraph> {
  const rows = await db.read(async (tx) => {
    const articles = await tx.run(cypher('read/graph-articles'), { articleId: scope.articleId ?? null });
    const articleIds = articles.map((row) => (row.article as { id: string }).id);
    return {
      articles,
      entities: await tx.run(cypher('read/graph-entities'), { articleIds }),
      facts: await tx.run(cypher('read/graph-facts'), { articleIds }),
      relationships: await tx.run(cypher('read/graph-relationships'), { articleIds }),
    };
  });
  if (scope.articleId && rows.articles.length === 0) {
    throw new NotFoundError(`graph: no article has the id "${scope.articleId}"`);
  }

  const graph: WhosaidGraph = new MultiDirectedGraph();
  const addNode = ({ id, ...attributes }: GraphNodeData) => graph.mergeNode(id, attributes);
  const articles = new Map(rows.articles.map((row) => [(row.article as ArticleStamp).id, row.article as ArticleStamp]));
  articles.forEach((article) => addNode(articleNode(article as unknown as Record<string, unknown>)));
  rows.entities.forEach((row) => addNode(entityNode(row.entity as Record<string, unknown>)));
  for (const row of rows.facts) {
    const fact = row.fact as Record<string, unknown>;
    const article = articles.get(row.articleId as string);
    addNode(row.type === 'statement' ? statementNode(fact, article) : eventNode(fact, article));
  }
  for (const { source, target, type, count } of rows.relationships) {
    const attributes: EdgeAttributes = count == null ? { type: String(type) } : { type: String(type), count };
    graph.addDirectedEdgeWithKey(edgeId(String(type), String(source), String(target)), String(source), String(target), attributes);
  }
  return graph;
}
