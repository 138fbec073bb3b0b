// Mounts declared routes on a router: validated input in, JSON out, 405 with Allow for a wrong method, JSON 404.
import { Router, type RequestHandler } from 'express';
import { MethodNotAllowedError, NotFoundError } from '../errors';
import type { Route } from './route';
import { validate } from './validate';

export interface RouteGuards {
  /** Put in front of every route declared `expensive` (the rate limiter). */
  expensive?: RequestHandler;
}

export function mountRoutes(routes: Route[], guards: RouteGuards = {}): Router {
  const router = Router();
  for (const route of routes) {
    const guard = route.expensive && guards.expensive ? [guards.expensive] : [];
    router[verb(route)](route.path, ...guard, answer(route));
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
      body: route.body ? validate(route.body, req.body, where) : undefined,
    };
    const result = await route.handle(input, req, res);
    if (result !== undefined && !res.headersSent) res.json(result);
  };
}

function methodsByPath(routes: Route[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, method } of routes) byPath.set(path, [...(byPath.get(path) ?? []), method]);
  return byPath;
}
