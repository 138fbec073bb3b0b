// Reads the whosaid API; failures become named errors so the page can tell "API down" from "no such node".

import type { AddArticlesPayload, ConfigPayload, ErrorPayload, GraphPayload, NodeDetails } from '../server/contract';

/** The server could not be reached, or said that it (or its database) is unavailable. */
export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}

/** The server answered with an error for this request. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as Partial<ErrorPayload>;
    if (body.error?.message) return body.error.message;
  } catch {
    // The body was not the API's error JSON (a proxy's HTML page, say): the status line is all there is.
  }
  return `${response.status} ${response.statusText}`.trim();
}

async function getJson<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' } });
  } catch (cause) {
    throw new ApiUnavailableError(`whosaid API: cannot reach ${path} (${(cause as Error).message})`);
  }
  if (response.ok) return (await response.json()) as T;
  const message = await errorMessage(response);
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    throw new ApiUnavailableError(`whosaid API: ${path} is unavailable: ${message}`);
  }
  throw new ApiRequestError(`whosaid API: ${path} failed: ${message}`, response.status);
}

export function fetchGraph(): Promise<GraphPayload> {
  return getJson<GraphPayload>('/api/graph');
}

export function fetchNodeDetails(id: string): Promise<NodeDetails> {
  return getJson<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`);
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
  throw new ApiRequestError(await errorMessage(response), response.status);
}
