// Every route of the API, in one list: mounted by app.ts and described by GET /api/openapi.json.
import { openApiDocument } from '../openapi';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';
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

export function apiRoutes(deps: ApiDeps): Route[] {
  const routes = [...serviceRoutes(deps), ...graphRoutes(deps), ...workspaceRoutes(deps)];
  const openApi = route({
    method: 'GET', path: '/openapi.json', operationId: 'getOpenApi', tag: 'service',
    summary: 'This document: the OpenAPI 3.1 description of every route',
    responses: { 200: { description: 'The OpenAPI document.', contentType: 'application/json' } },
    handle: async () => contract,
  });
  const all = [...routes, openApi];
  const contract = openApiDocument(all, INFO);
  return all;
}
