// The graph, or one article's part of it, as Cytoscape elements.
import type { GraphPayload } from '../contract';
import type { Database } from '../graph/database';
import { toCytoscapeElements } from '../graph/cytoscape-elements';
import { readGraph, type GraphScope } from '../graph/read-graph';

export async function graphElements(db: Database, scope: GraphScope): Promise<GraphPayload> {
  return toCytoscapeElements(await readGraph(db, scope));
}
