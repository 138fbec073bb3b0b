// The graph, or one article's part of it, as Cytoscape elements.
import type { Database } from '../../graph/database';
import { readGraph, type GraphScope } from '../../graph/read-graph';
import { toCytoscapeElements } from '../cytoscape';
import type { GraphPayload } from '../payloads';

export async function graphElements(db: Database, scope: GraphScope): Promise<GraphPayload> {
  return toCytoscapeElements(await readGraph(db, scope));
}
