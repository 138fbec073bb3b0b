// The graph, or one article's part of it, as Cytoscape elements; the whole graph laid out when it opens whole.
import type { GraphPayload } from '../contract';
import type { OpeningLayouts } from '../layout/opening-layout';
import type { Database } from '../graph/database';
import { toCytoscapeElements } from '../graph/cytoscape-elements';
import { readGraph, type GraphScope } from '../graph/read-graph';

export async function graphElements(db: Database, scope: GraphScope, layouts?: OpeningLayouts): Promise<GraphPayload> {
  const payload = toCytoscapeElements(await readGraph(db, scope));
  return layouts && !scope.articleId ? layouts.place(payload) : payload;
}
