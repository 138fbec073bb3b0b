// A route declared as data: method, path, the contract's schemas for what it takes and answers, and its handler.
//
// The same declaration validates requests (mount.ts), answers wrong methods with 405 (mount.ts) and describes the
// route in the OpenAPI document (openapi.ts), so what the API checks and what it documents cannot drift apart.
import type { Request, Response } from 'express';
import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ResponseSpec {
  description: string;
  /** The JSON body's schema; absent for bodies that are not JSON (files, streams) or empty. */
  schema?: z.ZodType;
  /** Defaults to application/json when a schema is given. */
  contentType?: string;
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
  /** Content types the body may come as; application/json when a body schema is given. */
  bodyTypes?: string[];
  responses: Record<number, ResponseSpec>;
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
