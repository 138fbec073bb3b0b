// Mounts declared routes on a router: validated input in, JSON out, 405 with Allow for a wrong method, JSON 404.
import { Router, type Request, type RequestHandler } from 'express';
import type { WriteSettings } from '../config';
import { bodyParsers } from './body-parsers';
import { requireWriteToken } from './write-access';
import { MethodNotAllowedError, NotFoundError } from '../errors';
import type { Route } from './route';
import { validate } from './validate';

export interface MountSettings {
  writes: WriteSettings;
}

export function mountRoutes(routes: Route[], { writes }: MountSettings): Router {
  const router = Router();
  for (const route of routes) {
    const guard = route.write ? [requireWriteToken(writes.token)] : [];
    const parsers = route.bodyTypes || route.body ? bodyParsers(route.bodyTypes ?? ['application/json'], writes.bodyLimitBytes) : [];
    router[verb(route)](route.path, ...guard, ...parsers, answer(route));
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

function verb(route: Route): 'get' | 'post' | 'put' | 'delete' {
  return route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
}

function answer(route: Route): RequestHandler {
  const where = `${route.method} /api${route.path}`;
  return async (req, res) => {
    const input = {
      params: route.params ? validate(route.params, req.params, where) : req.params,
      query: route.query ? validate(route.query, req.query ?? {}, where) : {},
      body: route.body && checksBody(route, req) ? validate(route.body, req.body, where) : req.body,
    };
    const result = await route.handle(input, req, res);
    if (result !== undefined && !res.headersSent) res.json(result);
  };
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
