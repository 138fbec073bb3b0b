// Routes the workspace is built from: the overview, a node's neighbours, a subgraph by ids, the timeline, a place's claims.
import {
  subgraphBody, graphPayload, neighboursPayload, neighboursQuery, nodeParams, overviewPayload, placeClaimsPayload,
  timelinePayload, timelineQuery,
} from '../../contract';
import { expandNode } from '../../use-cases/expand-node';
import { overview } from '../../use-cases/overview';
import { placeClaims } from '../../use-cases/place-claims';
import { subgraph } from '../../use-cases/subgraph';
import { timeline } from '../../use-cases/timeline';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';

export function workspaceRoutes({ db }: ApiDeps): Route[] {
  return [
    route({
      method: 'GET', path: '/overview', operationId: 'getOverview', tag: 'workspace', cacheable: true, expensive: true,
      summary: 'Where to start: the graph\'s size, the most quoted speakers, the latest articles, the places with most events, the outlets',
      responses: { 200: { description: 'The overview.', schema: overviewPayload } },
      handle: () => overview(db),
    }),
    route({
      method: 'GET', path: '/nodes/:id/neighbours', operationId: 'getNeighbours', tag: 'workspace', cacheable: true,
      summary: 'One page of a node\'s neighbours (with the speakers of any statements), and how many it has per relationship type',
      params: nodeParams,
      query: neighboursQuery,
      examples: {
        params: [{ id: 'person:vladimir putin' }],
        query: [{}, { types: 'SAID,ABOUT', order: 'date', limit: '50' }, { outlet: 'NBC News', kind: 'direct,mixed', offset: '50' }],
      },
      responses: {
        200: { description: 'The node, its neighbours as Cytoscape elements, counts and the page.', schema: neighboursPayload },
        404: { description: 'No node has that id.' },
      },
      handle: ({ params, query }) => expandNode(db, params.id, query),
    }),
    route({
      method: 'GET', path: '/nodes/:id/claims', operationId: 'getPlaceClaims', tag: 'workspace', cacheable: true,
      summary: 'A place\'s claims view: who claimed what about control over it (and places named after it), contradictions marked',
      params: nodeParams,
      examples: { params: [{ id: 'place:kherson' }] },
      responses: {
        200: { description: 'The claims, oldest first.', schema: placeClaimsPayload },
        404: { description: 'No place has that id.' },
      },
      handle: ({ params }) => placeClaims(db, params.id),
    }),
    route({
      method: 'POST', path: '/subgraph', operationId: 'getSubgraph', tag: 'workspace', cacheable: true, expensive: true,
      summary: 'The given nodes and the relationships among them (a read: POST only because the list of ids is long)',
      body: subgraphBody,
      examples: { body: [{ ids: ['person:dmitry peskov', 'place:kherson'] }] },
      responses: { 200: { description: 'Nodes and edges as Cytoscape elements; unknown ids are left out.', schema: graphPayload } },
      handle: ({ body }) => subgraph(db, body.ids),
    }),
    route({
      method: 'GET', path: '/timeline', operationId: 'getTimeline', tag: 'workspace', cacheable: true, expensive: true,
      summary: 'Events and statements per day: events by the date the text gives and by report date, statements by report date',
      query: timelineQuery,
      examples: { query: [{}, { outlet: 'The Moscow Times', kind: 'direct' }] },
      responses: { 200: { description: 'Counts per day, oldest first.', schema: timelinePayload } },
      handle: ({ query }) => timeline(db, query),
    }),
  ];
}
