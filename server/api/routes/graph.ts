// Routes that read the graph: the whole graph or one article's part, one node's details, full-text search.
import { graphPayload, graphQuery, nodeDetails as nodeDetailsPayload, nodeDetailsQuery, nodeParams, searchPayload, searchQuery } from '../../contract';
import { graphElements } from '../../use-cases/graph-elements';
import { nodeDetails } from '../../use-cases/node-details';
import { searchGraph } from '../../use-cases/search';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';

export function graphRoutes({ db, layouts }: ApiDeps): Route[] {
  return [
    route({
      method: 'GET', path: '/graph', operationId: 'getGraph', tag: 'graph', cacheable: true,
      summary: 'The graph as Cytoscape.js elements, or one article\'s part of it',
      query: graphQuery,
      examples: { query: [{}, { article: '91df686907f47033' }] },
      expensive: true,
      responses: {
        200: { description: 'Nodes and edges.', schema: graphPayload },
        404: { description: 'No article has that id.' },
      },
      handle: ({ query }) => graphElements(db, { articleId: query.article }, layouts),
    }),
    route({
      method: 'GET', path: '/nodes/:id', operationId: 'getNode', tag: 'graph', cacheable: true,
      summary: 'One node\'s details: an entity\'s quotes, statements about it and events (paged, newest first), a fact\'s sentence and claimants, an article\'s text and facts',
      params: nodeParams,
      query: nodeDetailsQuery,
      examples: { params: [{ id: 'person:dmitry peskov' }], query: [{ page: '1', pageSize: '20' }, { page: '2', pageSize: '50' }] },
      responses: {
        200: { description: 'The node and its details.', schema: nodeDetailsPayload },
        404: { description: 'No node has that id.' },
      },
      handle: ({ params, query }) => nodeDetails(db, params.id, query),
    }),
    route({
      method: 'GET', path: '/search', operationId: 'search', tag: 'graph', cacheable: true,
      summary: 'Entities by name or alias and statements by their words, best match first',
      query: searchQuery,
      examples: { query: [{ q: 'Peskov' }, { q: 'Kherson withdrawal', limit: '5' }] },
      expensive: true,
      responses: { 200: { description: 'Matches with their scores.', schema: searchPayload } },
      handle: ({ query }) => searchGraph(db, { text: query.q, limit: query.limit }),
    }),
  ];
}
