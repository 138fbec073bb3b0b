// The opening canvas laid out on the server: the whole graph, when it is small enough to open whole, comes with the
// positions the explorer's own layout would give it, so a browser draws it at once instead of spending its first
// second in fCoSE. Computed off the event loop, once for each graph (the answer is then kept until the graph changes).
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { GraphPayload } from '../contract';
import { layoutEffort, seedOf, type LayoutJob, type LayoutPositions } from '../canvas-layout/layout-plan';
import { degreesIn, layoutSize } from '../canvas-layout/node-size';
import { OPENING_CANVAS_LIMIT } from '../canvas-layout/opening-canvas';

/**
 * How long a request waits for the layout before the graph goes without positions (the page then lays it out itself):
 * well inside the request's own deadline (REQUEST_TIMEOUT_MS, 4.5 s by default), with the graph's reading before it.
 */
export const OPENING_LAYOUT_TIMEOUT_MS = 2_000;

/** Layouts kept by key: the same graph asked again (a cache miss, `no-cache`) is not laid out again. */
const KEPT_LAYOUTS = 8;

export type LayoutRunner = (job: LayoutJob) => Promise<LayoutPositions>;

/**
 * The job the page would run for this graph on a fresh canvas: nodes and links in the order the page adds them,
 * each node as big as the canvas draws it for its degree there (links to itself not counted, as Cytoscape does).
 */
export function openingLayoutJob(payload: GraphPayload): LayoutJob {
  const degree = degreesIn(payload.elements.edges.map(({ data }) => data));
  const nodes = payload.elements.nodes.map(({ data }) => {
    const own = degree.get(data.id) ?? 0;
    const size = layoutSize(data.type, own);
    return { id: data.id, type: data.type, degree: own, width: size, height: size, position: { x: 0, y: 0 } };
  });
  return {
    nodes,
    edges: payload.elements.edges.map(({ data }) => ({ id: data.id, source: data.source, target: data.target, type: data.type })),
    randomize: true,
    ...layoutEffort(nodes.length),
    fixed: [],
    seed: seedOf(nodes.map((node) => node.id)),
  };
}

export interface Placed {
  graph: GraphPayload;
  /** The layout was due but not ready in time: the graph went without positions, and will have them once it is. */
  late: boolean;
}

export interface OpeningLayouts {
  /** The payload with every node's position, or as it was when it is too big, or the layout failed or was late. */
  place(payload: GraphPayload): Promise<Placed>;
}

export interface OpeningLayoutOptions {
  timeoutMs?: number;
  /** Told of a layout that failed or was late (the graph then goes without positions). */
  onFailure?: (error: Error) => void;
}

/** A layout that outlasted a request's patience: it still finishes, and is kept for the next request. */
class LateLayoutError extends Error {}

export function openingLayouts(run: LayoutRunner, { timeoutMs = OPENING_LAYOUT_TIMEOUT_MS, onFailure = () => undefined }: OpeningLayoutOptions = {}): OpeningLayouts {
  const kept = new LRUCache<string, LayoutPositions>({ max: KEPT_LAYOUTS });
  // One layout per graph at a time: requests that come while it runs wait for the same one.
  const running = new Map<string, Promise<LayoutPositions>>();
  const positionsOf = async (job: LayoutJob): Promise<LayoutPositions | Error> => {
    const key = createHash('sha256').update(JSON.stringify(job)).digest('hex');
    const known = kept.get(key);
    if (known) return known;
    let layout = running.get(key);
    if (!layout) {
      layout = run(job).then((positions) => (kept.set(key, positions), positions)).finally(() => running.delete(key));
      running.set(key, layout);
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LateLayoutError(`the opening layout took more than ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([layout, late]);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      onFailure(failure);
      return failure;
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    async place(payload) {
      const { nodes } = payload.elements;
      if (nodes.length === 0 || nodes.length > OPENING_CANVAS_LIMIT) return { graph: payload, late: false };
      const positions = await positionsOf(openingLayoutJob(payload));
      if (positions instanceof Error) return { graph: payload, late: positions instanceof LateLayoutError };
      return { graph: { elements: { ...payload.elements, nodes: nodes.map((node) => ({ ...node, position: positions[node.data.id] })) } }, late: false };
    },
  };
}
