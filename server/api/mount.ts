// Mounts declared routes on a router: guards, a deadline, the body parsers a route takes, validated input in, JSON out;
// 405 with Allow for a wrong method on a known path, and JSON 404 for any other path.
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { WriteSettings } from '../config';
import type { Answer, AnswerCache } from '../use-cases/answer-cache';
import { MethodNotAllowedError, NotFoundError } from '../errors';
import { bodyParsers } from './body-parsers';
import type { ErrorResponder } from './error-handler';
import { requestDeadline } from './request-deadline';
import type { Route, TimeBudget } from './route';
import { validate } from './validate';
import { requireWriteToken } from './write-access';

export interface MountSettings {
  /** Each time budget's deadline, in ms. */
  deadlines: Record<TimeBudget, number>;
  /** The largest JSON body of a route that does not write. */
  jsonBodyLimitBytes: number;
  /** The write token and the body limit of write routes. */
  writes: WriteSettings;
  /** Answers a request whose deadline passed. */
  respond: ErrorResponder;
  /** Put in front of every route declared `expensive` (the rate limiter). */
  expensive?: RequestHandler;
  /**
   * Asks whether Neo4j answers now (the health probe, bounded by its own short timeout). Routes on the long budget
   * ask first: a stalled Neo4j looks like long work, and such a request would otherwise wait minutes for its 503.
   */
  probe?: () => Promise<void>;
  /** Keeps the answers of routes declared `cacheable` until the graph changes; writes tell it the graph changed. */
  answers?: AnswerCache;
}

export function mountRoutes(routes: Route[], settings: MountSettings): Router {
  const router = Router();
  for (const route of routes) {
    router[verb(route)](route.path, ...guards(route, settings), answer(route, settings.answers));
  }
  for (const [path, methods] of methodsByPath(routes)) {
    router.all(path, (req, res) => {
      const allow = methods.includes('GET') ? [...methods, 'HEAD'] : methods;
      if (req.method === 'OPTIONS') {
        res.set('Allow', [...allow, 'OPTIONS'].join(', ')).status(204).end();
        return;
      }
      throw new MethodNotAllowedError(`api: ${req.method} is not allowed on ${req.baseUrl}${req.path}; use ${methods.join(' or ')}`, allow);
    });
  }
  router.use((req) => {
    throw new NotFoundError(`api: no route for ${req.method} ${req.baseUrl}${req.path}`);
  });
  return router;
}

/**
 * What stands before a route's handler, in order: the rate limiter, the write token (checked before any byte of the
 * body is read), the deadline of the route's time budget (writes always have the long one), the body parsers, and
 * for the long budget a quick probe that Neo4j answers at all.
 */
function guards(route: Route, { deadlines, jsonBodyLimitBytes, writes, respond, expensive, probe }: MountSettings): RequestHandler[] {
  const takesBody = Boolean(route.body || route.bodyTypes);
  const budget = route.write ? 'long' : route.budget ?? 'query';
  return [
    ...(route.expensive && expensive ? [expensive] : []),
    ...(route.write ? [requireWriteToken(writes.token)] : []),
    requestDeadline(deadlines[budget], respond),
    ...(takesBody ? bodyParsers(route.bodyTypes ?? ['application/json'], route.write
      ? { bytes: writes.bodyLimitBytes, setting: 'WHOSAID_BODY_LIMIT' }
      : { bytes: jsonBodyLimitBytes, setting: 'JSON_BODY_LIMIT' }) : []),
    ...(budget === 'long' && probe ? [answersNow(probe)] : []),
  ] as RequestHandler[];
}

function answersNow(probe: () => Promise<void>): RequestHandler {
  return async (_req, _res, next) => {
    await probe();
    next();
  };
}

function verb(route: Route): 'get' | 'post' | 'put' | 'delete' {
  return route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
}

function answer(route: Route, answers: AnswerCache | undefined): RequestHandler {
  const where = `${route.method} /api${route.path}`;
  return async (req, res) => {
    const input = {
      params: route.params ? validate(route.params, req.params, where) : req.params,
      query: route.query ? validate(route.query, req.query ?? {}, where) : {},
      body: route.body && checksBody(route, req) ? validate(route.body, req.body, where) : req.body,
    };
    if (route.cacheable && answers) {
      if (!asksForFreshAnswer(req)) {
        // The validated input is the key: two spellings of the same request share one answer.
        const answer = await answers.answer(JSON.stringify([route.operationId, input]), () => route.handle(input, req, res));
        if (!res.headersSent) sendAnswer(req, res.set('X-Whosaid-Cache', answer.cache), answer);
        return;
      }
      res.set('X-Whosaid-Cache', 'bypass');
    }
    try {
      const result = await route.handle(input, req, res);
      if (result !== undefined && !res.headersSent) res.json(result);
    } finally {
      // Once a write's work has ended, however it ended (done, failed, past its deadline, its client gone), kept answers
      // may be stale: they are dropped then, not when its answer was sent.
      if (route.write) answers?.changed();
    }
  };
}

/** `Cache-Control: no-cache` (a browser's hard reload, or a client that wants the graph as it is this instant). */
function asksForFreshAnswer(req: Request): boolean {
  return /\bno-cache\b/i.test(req.get('cache-control') ?? '') || /\bno-cache\b/i.test(req.get('pragma') ?? '');
}

/**
 * What res.json does once the body is JSON text: the type, and send() for the length, HEAD and 304. A kept gzipped
 * answer goes as it is to a client that takes gzip; the compression middleware leaves an encoded body alone.
 */
function sendAnswer(req: Request, res: Response, { json, gzip }: Answer): void {
  res.vary('Accept-Encoding');
  // The ETag of the JSON, whichever encoding carries it, so that a browser's revalidation matches either way.
  const etagOf = req.app.get('etag fn') as ((body: string, encoding: string) => string) | undefined;
  if (etagOf) res.set('ETag', etagOf(json, 'utf8'));
  if (gzip && req.acceptsEncodings('gzip') === 'gzip') {
    res.set({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Encoding': 'gzip' }).send(gzip);
    return;
  }
  res.type('application/json').send(json);
}

/** The schema checks JSON bodies; a route that also takes text or files reads those itself. */
function checksBody(route: Route, req: Request): boolean {
  return !route.bodyTypes || route.bodyTypes.length === 1 || Boolean(req.is('application/json'));
}

function methodsByPath(routes: Route[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, method } of routes) byPath.set(path, [...(byPath.get(path) ?? []), method]);
  return byPath;
}
