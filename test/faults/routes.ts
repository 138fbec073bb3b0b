// Every GET route of the API as a concrete path (parameters filled from the live graph), and a timed request.
import { routeTable } from '../support/no-database';

/** Routes that answer from the server alone, so a stalled Neo4j does not change their answer. */
export const ANSWERED_WITHOUT_DATABASE = new Set(['/api/openapi.json', '/api/config', '/api/queries']);

/** Query strings that make a route's request valid. */
const SAMPLE_QUERIES: Record<string, string> = { '/search': '?q=putin', '/export': '?format=graphml' };

export interface TimedAnswer {
  path: string;
  status: number;
  /** The error name of a JSON error answer. */
  name?: string;
  ms: number;
}

/** The API's GET routes from its route table, path parameters set to a node id, plus one article's graph. */
export async function everyGetPath(base: string): Promise<string[]> {
  const { elements } = await (await fetch(`${base}/api/graph`)).json();
  const nodes = elements.nodes as { data: { id: string; type: string } }[];
  const nodeId = encodeURIComponent(nodes.find((node) => node.data.type === 'person')!.data.id);
  const articleId = nodes.find((node) => node.data.type === 'article')!.data.id;
  const routes = routeTable();
  const paths = routes.filter((route) => route.method === 'GET')
    .map((route) => `/api${route.path.replace(/:\w+/g, nodeId)}${SAMPLE_QUERIES[route.path] ?? ''}`);
  return [...paths, `/api/graph?article=${articleId}`];
}

/** A GET that gives up after 30 s (so a hang fails the test instead of stalling it), with its time. */
export async function timedGet(base: string, path: string): Promise<TimedAnswer> {
  const started = Date.now();
  try {
    const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(30_000) });
    const body = (response.headers.get('content-type') ?? '').includes('json') ? await response.json() : await response.text();
    return { path, status: response.status, name: body?.error?.name, ms: Date.now() - started };
  } catch (error) {
    return { path, status: 0, name: (error as Error).name, ms: Date.now() - started };
  }
}
