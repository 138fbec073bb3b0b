// The graph, or one article's part of it, as Cytoscape elements; the whole graph laid out when it opens whole.
import type { GraphPayload } from '../contract';
import type { OpeningLayouts } from '../opening-canvas/opening-layout';
import { provisional } from './answer-cache';
import type { Database } from '../graph/database';
import { toCytoscapeElements } from '../graph/cytoscape-elements';
import { readGraph, type GraphScope } from '../graph/read-graph';

export async function graphElements(db: Database, scope: GraphScope, layouts?: OpeningLayouts): Promise<GraphPayload> {
  const payload = toCytoscapeElements(await readGraph(db, scope));
  if (!layouts || scope.articleId) return payload;
  const { graph, late } = await layouts.place(payload);
  // Sent without positions because its layout is still running: the next request gets it laid out, not this kept.
  return late ? provisional(graph) : graph;
}
