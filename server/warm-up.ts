// Asks the freshly started server what a browser asks first, so that the first visitor finds the overview and the
// opening canvas (the whole graph, laid out on the server when it is small) computed and kept, not computed for them.
import type { OverviewPayload } from './contract';
import { OPENING_CANVAS_LIMIT } from './canvas-layout/opening-canvas';

const GRAPH_ATTEMPTS = 3;

async function fetchGraph(origin: string): Promise<Response> {
  const response = await fetch(`${origin}/api/graph`, { headers: { 'accept-encoding': 'gzip' } });
  await response.arrayBuffer();
  return response;
}

/** What was made ready, in words for the start-up log; a failure is only a slower first visit, never a failed start. */
export async function warmUp(origin: string): Promise<string> {
  const started = performance.now();
  try {
    const overview = await fetch(`${origin}/api/overview`);
    if (!overview.ok) return `warm-up skipped (the overview answered ${overview.status})`;
    const { counts } = (await overview.json()) as OverviewPayload;
    if (counts.nodes === 0 || counts.nodes > OPENING_CANVAS_LIMIT) return 'overview ready';
    // Neo4j plans each query the first time it runs: on a busy machine the graph's first reading can pass the query
    // time limit once, which is better met here than by the first visitor.
    let graph = await fetchGraph(origin);
    for (let attempt = 1; graph.status === 503 && attempt < GRAPH_ATTEMPTS; attempt += 1) graph = await fetchGraph(origin);
    if (!graph.ok) return `warm-up stopped (the graph answered ${graph.status})`;
    return `opening canvas of ${counts.nodes} nodes laid out in ${Math.round(performance.now() - started)} ms`;
  } catch (error) {
    return `warm-up skipped (${error instanceof Error ? error.message : String(error)})`;
  }
}
