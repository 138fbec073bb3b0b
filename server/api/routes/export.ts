// Routes that export a part of the graph to a file: a selection in the query string (GET) or as JSON (POST).
import { errorPayload, exportQuery, exportRequest, exportFormats } from '../../contract';
import { exportSubgraph } from '../../use-cases/export-subgraph';
import type { CypherRunner } from '../../use-cases/run-cypher';
import { route, type Route } from '../route';
import { sendExport } from '../send-export';
import type { ApiDeps } from './deps';

const BY_QUESTION = 'person-statements';
const BY_QUERY = 'MATCH path = (:Person)-[:SAID]->(:Statement)-[:ABOUT]->(:Place {name: $place}) RETURN path';

/** What both routes share: the path, the documentation and the answers; they differ in where the selection comes from. */
const EXPORT_ROUTE = {
  path: '/export', tag: 'export',
  // Reads a part of the graph, or all of it: rate-limited like the other routes that read much.
  expensive: true,
  // A whole graph takes a while to read and write out; a question or query inside still stops at CYPHER_TIMEOUT_MS.
  budget: 'long',
  description: 'With no selection, the whole graph, streamed. A saved question or a Cypher query runs read-only and bounded, '
    + 'through the same runner as POST /api/cypher (same refusals, time limit, row cap and query slots); the export holds the '
    + 'nodes its answer names, each statement and event with its article and the entities it involves, and every relationship '
    + 'among them. neo4j-csv and bundle are zip archives; report is one self-contained HTML file; citations is CSV with '
    + 'formula-like cells defused; cypher rebuilds the subgraph in an empty Neo4j.',
  responses: {
    200: { description: `The export as a download (Content-Disposition names the file); formats: ${exportFormats.join(', ')}.`, contentType: 'application/octet-stream' },
    400: { description: 'Invalid input (the message names the parameter), or Neo4j refused the question\'s or query\'s text: `code`, `line`, `column`, `offset` say where.', schema: errorPayload },
    403: { description: 'The query would write, change the schema or reach outside the graph; `reason` says which (as POST /api/cypher).', schema: errorPayload },
    404: { description: 'A chosen node, article or saved question does not exist, or the answer names no node of the graph.', schema: errorPayload },
    504: { description: 'The question or query ran past CYPHER_TIMEOUT_MS and was stopped.', schema: errorPayload },
  },
} as const;

export function exportRoutes({ longDb: db }: ApiDeps, runCypher: CypherRunner): Route[] {
  const deps = { db, runCypher };
  return [
    route({
      ...EXPORT_ROUTE, method: 'GET', operationId: 'exportGraph',
      summary: 'A selection (node ids with their neighbours, an article, a saved question, a read-only Cypher query) or the whole graph, in one of the export formats',
      query: exportQuery,
      examples: {
        query: [
          { format: 'graphml' },
          { format: 'report', nodes: 'person:dmitry peskov,place:lyman', depth: '1', title: 'Peskov on Lyman' },
          { format: 'citations', article: '91df686907f47033' },
          { format: 'graphml', question: BY_QUESTION, params: '{"speaker": "Dmitry Peskov"}' },
          { format: 'report', cypher: BY_QUERY, params: '{"place": "Lyman"}', title: 'Who spoke about Lyman' },
        ],
      },
      async handle({ query }, _req, res) {
        const { format, title, ...selection } = query;
        await sendExport(res, await exportSubgraph(deps, { format, title, selection }));
      },
    }),
    route({
      ...EXPORT_ROUTE, method: 'POST', operationId: 'exportSelection',
      summary: 'Like GET /export, with the selection, the title and the explorer\'s view (for bundles) as JSON',
      body: exportRequest,
      examples: {
        body: [
          { format: 'bundle', selection: { nodes: ['person:dmitry peskov'], depth: 1 }, title: 'Peskov and his statements' },
          { format: 'gexf', selection: { article: '91df686907f47033' } },
          { format: 'bundle', selection: { question: 'place-timeline', params: { place: 'Kherson' } }, title: 'Kherson, event by event' },
          { format: 'citations', selection: { cypher: BY_QUERY, params: { place: 'Lyman' } } },
        ],
      },
      async handle({ body }, _req, res) {
        await sendExport(res, await exportSubgraph(deps, body));
      },
    }),
  ];
}
