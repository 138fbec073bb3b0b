// Every route of the API, in one list: mounted by app.ts and described by GET /api/openapi.json.
import { z } from 'zod';
import { openApiDocument } from '../openapi';
import { route, type Route } from '../route';
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
  const routes = [...serviceRoutes(deps), ...graphRoutes(deps), ...articleRoutes(deps), ...exportRoutes(deps), ...analystRoutes(deps), ...workspaceRoutes(deps)];
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
