// Reads the whosaid API; failures become named errors so the page can tell "API down" from "no such node".

import type {
  AddArticlesPayload, AnalyticsPayload, ConfigPayload, CypherErrorDetails, CypherPayload, ErrorPayload, GraphPayload, NeighboursPayload,
  NodeDetails, OverviewPayload, PlaceClaimsPayload, SavedQuestionsPayload, SearchPayload, TimelinePayload,
} from '../server/contract';

/** What an error answer said: the server's own message, the error class's name and, for a query, where it failed and why. */
export type ErrorFacts = CypherErrorDetails & { name?: string; message?: string };

/** The server could not be reached (status 0), or said that it (or its database) is unavailable, or ran out of time. */
export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
  constructor(message: string, readonly status = 0, readonly facts: ErrorFacts = {}) {
    super(message);
  }
}

/** The server answered with an error for this request. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(message: string, readonly status: number, readonly facts: ErrorFacts = {}) {
    super(message);
  }
}

async function errorAnswer(response: Response): Promise<{ message: string; facts: ErrorFacts }> {
  try {
    const body = (await response.json()) as Partial<ErrorPayload>;
    if (body.error?.message) return { message: body.error.message, facts: body.error as ErrorFacts };
  } catch {
    // The body was not the API's error JSON (a proxy's HTML page, say): the status line is all there is.
  }
  return { message: `${response.status} ${response.statusText}`.trim(), facts: {} };
}

async function getJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (cause) {
    throw new ApiUnavailableError(`whosaid API: cannot reach ${path} (${(cause as Error).message})`);
  }
  if (response.ok) return (await response.json()) as T;
  const { message, facts } = await errorAnswer(response);
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    throw new ApiUnavailableError(`whosaid API: ${path} is unavailable: ${message}`, response.status, facts);
  }
  throw new ApiRequestError(`whosaid API: ${path} failed: ${message}`, response.status, facts);
}

export function fetchGraph(): Promise<GraphPayload> {
  return getJson<GraphPayload>('/api/graph');
}

/** One article, its statements and events, and the entities they involve. */
export function fetchArticleGraph(id: string): Promise<GraphPayload> {
  return getJson<GraphPayload>(`/api/graph?article=${encodeURIComponent(id)}`);
}

export function fetchNodeDetails(id: string, page = 1): Promise<NodeDetails> {
  return getJson<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}${page > 1 ? `?page=${page}` : ''}`);
}

export function fetchOverview(): Promise<OverviewPayload> {
  return getJson<OverviewPayload>('/api/overview');
}

export interface NeighbourFilter {
  types?: string[];
  order?: 'count' | 'date' | 'name';
  limit?: number;
  outlets?: string[];
  kinds?: string[];
}

export function fetchNeighbours(id: string, filter: NeighbourFilter = {}): Promise<NeighboursPayload> {
  const query = new URLSearchParams();
  if (filter.types?.length) query.set('types', filter.types.join(','));
  if (filter.order) query.set('order', filter.order);
  if (filter.limit) query.set('limit', String(filter.limit));
  if (filter.outlets?.length) query.set('outlet', filter.outlets.join(','));
  if (filter.kinds?.length) query.set('kind', filter.kinds.join(','));
  const suffix = query.size > 0 ? `?${query}` : '';
  return getJson<NeighboursPayload>(`/api/nodes/${encodeURIComponent(id)}/neighbours${suffix}`);
}

/** The nodes and the relationships among them: to reopen a permalink, or to join new pieces to the canvas. */
export function fetchSubgraph(ids: string[]): Promise<GraphPayload> {
  return getJson<GraphPayload>('/api/subgraph', { method: 'POST', body: JSON.stringify({ ids }) });
}

export function searchGraph(text: string, limit = 20): Promise<SearchPayload> {
  return getJson<SearchPayload>(`/api/search?q=${encodeURIComponent(text)}&limit=${limit}`);
}

export function fetchTimeline(): Promise<TimelinePayload> {
  return getJson<TimelinePayload>('/api/timeline');
}

export function fetchPlaceClaims(id: string): Promise<PlaceClaimsPayload> {
  return getJson<PlaceClaimsPayload>(`/api/nodes/${encodeURIComponent(id)}/claims`);
}

export function fetchConfig(): Promise<ConfigPayload> {
  return getJson<ConfigPayload>('/api/config');
}

/** Sends articles (a JSON array, or files as multipart) with the write token; a refused token is an ApiRequestError 401. */
export async function postArticles(body: FormData | object[], token: string): Promise<AddArticlesPayload> {
  const json = !(body instanceof FormData);
  let response: Response;
  try {
    response = await fetch('/api/articles', {
      method: 'POST',
      headers: { accept: 'application/json', authorization: `Bearer ${token}`, ...(json ? { 'content-type': 'application/json' } : {}) },
      body: json ? JSON.stringify(body) : body,
    });
  } catch (cause) {
    throw new ApiUnavailableError(`whosaid API: cannot reach /api/articles (${(cause as Error).message})`);
  }
  if (response.ok) return (await response.json()) as AddArticlesPayload;
  const { message, facts } = await errorAnswer(response);
  throw new ApiRequestError(message, response.status, facts);
}

/** The analyst's own read-only Cypher: rows, the graph in them, a summary; a refusal, a syntax error or a timeout throws. */
export function runCypher(query: string, params?: Record<string, unknown>): Promise<CypherPayload> {
  return getJson<CypherPayload>('/api/cypher', { method: 'POST', body: JSON.stringify({ query, params }) });
}

export function fetchSavedQuestions(): Promise<SavedQuestionsPayload> {
  return getJson<SavedQuestionsPayload>('/api/queries');
}

export function runSavedQuestion(name: string, params: Record<string, unknown>): Promise<CypherPayload> {
  return getJson<CypherPayload>(`/api/queries/${encodeURIComponent(name)}`, { method: 'POST', body: JSON.stringify({ params }) });
}

/** Scores of the whole entity graph, or of the links among `entities` only. */
export function fetchAnalytics(entities?: string[]): Promise<AnalyticsPayload> {
  return getJson<AnalyticsPayload>(`/api/analytics${entities ? `?entities=${encodeURIComponent(entities.join(','))}` : ''}`);
}
