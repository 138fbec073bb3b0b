// Asks the freshly started server what a browser asks first, so that the first visitor finds the overview and the
// opening canvas (the whole graph, laid out on the server when it is small) computed and kept, not computed for them.
import type { GraphPayload, OverviewPayload } from './contract';
import { OPENING_CANVAS_LIMIT } from './canvas-layout/opening-canvas';

/** Neo4j plans each query on first use and the layout thread starts cold: a first try may be late, a later one not. */
const GRAPH_ATTEMPTS = 4;
const PAUSE_MS = 500;
/** No single question of the warm-up waits longer than this (the server's own deadlines are shorter). */
const ASK_TIMEOUT_MS = 15_000;

/**
 * Where the warm-up asks: the address the server was told to listen on (HOST), so the Host check admits it; an
 * unspecified address (all interfaces) is reached on loopback.
 */
export function warmUpOrigin(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host;
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`;
}

/** What was made ready, in words for the start-up log; a failure is only a slower first visit, never a failed start. */
export async function warmUp(origin: string, stopping?: AbortSignal): Promise<string> {
  const started = performance.now();
  const ask = (path: string) => fetch(`${origin}${path}`, {
    // Compressed, as a browser asks: the answer kept is the one browsers will be given.
    headers: { 'accept-encoding': 'gzip' },
    signal: stopping ? AbortSignal.any([stopping, AbortSignal.timeout(ASK_TIMEOUT_MS)]) : AbortSignal.timeout(ASK_TIMEOUT_MS),
  });
  try {
    const overview = await ask('/api/overview');
    if (!overview.ok) return `warm-up skipped (the overview answered ${overview.status})`;
    const { counts } = (await overview.json()) as OverviewPayload;
    if (counts.nodes === 0 || counts.nodes > OPENING_CANVAS_LIMIT) return 'overview ready';
    for (let attempt = 1; ; attempt += 1) {
      const graph = await ask('/api/graph');
      const laidOut = graph.ok && ((await graph.json()) as GraphPayload).elements.nodes.every((node) => node.position);
      if (laidOut) return `opening canvas of ${counts.nodes} nodes laid out in ${Math.round(performance.now() - started)} ms`;
      if (attempt === GRAPH_ATTEMPTS) return `opening canvas not laid out yet (the graph answered ${graph.status}); the first visitor's page lays it out`;
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  } catch (error) {
    return `warm-up skipped (${error instanceof Error ? error.message : String(error)})`;
  }
}
