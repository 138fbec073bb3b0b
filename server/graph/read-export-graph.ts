// Reads the part of the graph an export asks for (some nodes and their neighbours, one article, the nodes an analyst's
// answer names, or all) into graphology.
import { MultiDirectedGraph } from 'graphology';
import type { GraphNodeData } from '../contract';
import { NotFoundError } from '../errors';
import type { Database, Transaction } from './database';
import { articleNode, entityNode, eventNode, statementNode } from './node-data';
import { cypher } from './queries';
import type { EdgeAttributes, WhosaidGraph } from './read-graph';
import type { Row } from './values';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'nodes'; ids: string[]; depth: number }
  | { kind: 'article'; articleId: string }
  /**
   * The nodes an analyst's answer names, by stable id, each statement and event completed with its article and the
   * entities it involves. Ids that name no node (removed since the query ran, or a string that only looks like an id)
   * are passed over.
   */
  | { kind: 'answer'; ids: string[] };

/**
 * Rows go into the graph as the driver streams them, so a whole-graph export never holds the rows and the graph at
 * once. The graph is made inside the transaction's work: a retried transaction starts it afresh.
 */
export async function readExportGraph(db: Database, scope: ExportScope): Promise<WhosaidGraph> {
  return db.read(async (tx) => {
    const elementIds = await chosenElementIds(tx, scope);
    const graph: WhosaidGraph = new MultiDirectedGraph();
    await tx.each(cypher('export/nodes'), { elementIds }, (row) => {
      const { id, ...attributes } = exportNode(row);
      graph.mergeNode(id, attributes);
    });
    await tx.each(cypher('export/relationships'), { elementIds }, ({ source, target, type, count }) => {
      const attributes: EdgeAttributes = count == null ? { type: String(type) } : { type: String(type), count };
      graph.addDirectedEdgeWithKey(`${type}:${source}->${target}`, String(source), String(target), attributes);
    });
    return graph;
  });
}

/** The element ids (valid in this transaction only) of the nodes chosen; null means every node. */
async function chosenElementIds(tx: Transaction, scope: ExportScope): Promise<string[] | null> {
  if (scope.kind === 'all') return null;
  if (scope.kind === 'article') {
    const found = await tx.run(cypher('export/article-nodes'), { articleId: scope.articleId });
    if (found.length === 0) throw new NotFoundError(`export: no article has the id "${scope.articleId}"`);
    return found.map((row) => String(row.elementId));
  }
  const found = await tx.run(cypher('export/find-nodes'), { ids: scope.ids });
  if (scope.kind === 'answer') return withFactContext(tx, found.map((row) => String(row.elementId)));
  const foundIds = new Set(found.map((row) => row.id));
  const missing = scope.ids.filter((id) => !foundIds.has(id));
  if (missing.length > 0) throw new NotFoundError(`export: no node has the id ${missing.slice(0, 5).map((id) => `"${id}"`).join(', ')}`);
  const chosen = new Set(found.map((row) => String(row.elementId)));
  let frontier = [...chosen];
  for (let step = 0; step < scope.depth && frontier.length > 0; step += 1) {
    const next = await tx.run(cypher('export/neighbours'), { elementIds: frontier });
    frontier = next.map((row) => String(row.elementId)).filter((elementId) => !chosen.has(elementId));
    frontier.forEach((elementId) => chosen.add(elementId));
  }
  return [...chosen];
}

async function withFactContext(tx: Transaction, elementIds: string[]): Promise<string[]> {
  const context = await tx.run(cypher('export/fact-context'), { elementIds });
  return [...new Set([...elementIds, ...context.map((row) => String(row.elementId))])];
}

/**
 * A node as the view shows it, and for a statement or event also where it came from: the sentence, cut from the
 * article text at its offsets, and the article's title, outlet, date and address, so that every export can cite it.
 */
function exportNode(row: Row): GraphNodeData {
  const data = row.data as Row;
  const article = row.article as Row | null;
  if (row.kind === 'entity') return entityNode(data);
  if (row.kind === 'article') return articleNode(data);
  const node = row.kind === 'statement' ? statementNode(data, article?.id as string) : eventNode(data, article?.id as string);
  const source = {
    sentenceText: row.sentenceText, articleTitle: article?.title, articleOutlet: article?.outlet,
    articleDate: article?.date, articleUrl: article?.url,
  };
  return { ...node, ...Object.fromEntries(Object.entries(source).filter(([, value]) => value != null)) };
}
