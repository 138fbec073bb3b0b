// Every route of the API, in one list: mounted by app.ts and described by GET /api/openapi.json.
import { z } from 'zod';
import { openApiDocument } from '../openapi';
import { route, type Route } from '../route';
import { DEFAULT_ANALYST_LIMITS } from '../../use-cases/analyst-limits';
import { cypherRunner } from '../../use-cases/run-cypher';
import { articleRoutes } from './articles';
import { analystRoutes } from './analyst';
import type { ApiDeps } from './deps';
import { exportRoutes } from './export';
import { graphRoutes } from './graph';
import { serviceRoutes } from './service';
import { workspaceRoutes } from './workspace';

export type { ApiDeps } from './deps';

const INFO = {
  title: 'whosaid API',
  version: '1',
  description: 'Who said what, about whom and where: the graph of people, organizations, places, statements and events '
    + 'extracted from articles, with the provenance of every fact.',
};

/** The outline of the document this route sends; the OpenAPI 3.1 specification defines the rest. */
const openApiShape = z.object({
  openapi: z.literal('3.1.0'),
  info: z.object({ title: z.string(), version: z.string(), description: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export function apiRoutes(deps: ApiDeps): Route[] {
  // One runner for every analyst's query, whichever route brings it (/api/cypher, a saved question, an export by
  // question or query): one set of concurrency slots and one cache of vetted plans.
  const runCypher = cypherRunner(deps.analystDb ?? deps.db, deps.analyst ?? DEFAULT_ANALYST_LIMITS);
  const routes = [
    ...serviceRoutes(deps), ...graphRoutes(deps), ...articleRoutes(deps), ...exportRoutes(deps, runCypher), ...analystRoutes(deps, runCypher), ...workspaceRoutes(deps),
  ];
  const openApi = route({
    method: 'GET', path: '/openapi.json', operationId: 'getOpenApi', tag: 'service',
    summary: 'This document: the OpenAPI 3.1 description of every route',
    responses: { 200: { description: 'The OpenAPI document.', schema: openApiShape } },
    handle: async () => contract,
  });
  const all = [...routes, openApi];
  const contract = openApiDocument(all, INFO);
  return all;
}
