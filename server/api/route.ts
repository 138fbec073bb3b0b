// A route declared as data: method, path, the contract's schemas for what it takes and answers, and its handler.
//
// The same declaration validates requests (mount.ts), answers wrong methods with 405 (mount.ts) and describes the
// route in the OpenAPI document (openapi.ts), so what the API checks and what it documents cannot drift apart.
import type { Request, Response } from 'express';
import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export type TimeBudget = 'query' | 'analyst' | 'long';

export interface ResponseSpec {
  description: string;
  /** The JSON body's schema; absent for bodies that are not JSON (files, streams) or empty. */
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
}

export interface RouteExamples {
  params?: Record<string, string>[];
  query?: Record<string, string>[];
  body?: unknown[];
}

export interface RouteInput<Params, Query, Body> {
  params: Params;
  query: Query;
  body: Body;
}

export interface Route<Params = unknown, Query = unknown, Body = unknown> {
  method: Method;
  /** Express form, under /api: "/nodes/:id". */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  params?: z.ZodType<Params>;
  query?: z.ZodType<Query>;
  body?: z.ZodType<Body>;
  /**
   * Content types the body may come as; application/json when a body schema is given. With several, the schema
   * checks JSON bodies only and the handler reads the others from the request (text, uploaded files).
   */
  bodyTypes?: string[];
  /** The route changes the graph: it needs the write token (write-access.ts) and its body is read within the size limit. */
  write?: boolean;
  /**
   * How long the route may take, which sets its deadline (and, through the database in ApiDeps it uses, its
   * transactions' time limit): 'query' by default (REQUEST_TIMEOUT_MS); 'analyst' for an analyst's query (a deadline
   * past CYPHER_TIMEOUT_MS); 'long' for whole-graph exports (LONG_REQUEST_TIMEOUT_MS). Write routes are always 'long'.
   */
  budget?: TimeBudget;
  /**
   * Requests that show how the route is used, as a client writes them (query values as strings): published in the
   * OpenAPI document, and a test checks each against the route's schemas.
   */
  examples?: RouteExamples;
  responses: Record<number, ResponseSpec>;
  /**
   * The answer depends on nothing but the validated input and the graph: it is kept (answer-cache.ts) until the graph
   * changes, and asked again with `Cache-Control: no-cache`. Not for routes that stream, write, or run arbitrary Cypher
   * (which may call rand() or datetime()).
   */
  cacheable?: boolean;
  /** Costly to answer (the whole graph, search, Cypher, exports): rate-limited per client, and 429 is documented. */
  expensive?: boolean;
  /**
   * Answers the request: a returned value is sent as JSON with status 200; a handler that writes the response
   * itself (a stream, a file, another status) returns nothing.
   */
  handle(input: RouteInput<Params, Query, Body>, req: Request, res: Response): Promise<unknown>;
}

/** Declares a route; a function rather than a bare object literal so TypeScript infers the handler's input types. */
export function route<Params = Record<string, never>, Query = Record<string, never>, Body = undefined>(
  spec: Route<Params, Query, Body>,
): Route {
  return spec as unknown as Route;
}
