// Routes that export a part of the graph to a file: a selection in the query string (GET) or as JSON (POST).
import { exportQuery, exportRequest, exportFormats } from '../../contract';
import { exportSubgraph } from '../../use-cases/export-subgraph';
import { route, type Route } from '../route';
import { sendExport } from '../send-export';
import type { ApiDeps } from './deps';

/** What both routes share: the path, the documentation and the answers; they differ in where the selection comes from. */
const EXPORT_ROUTE = {
  path: '/export', tag: 'export',
  // Reads a part of the graph, or all of it: rate-limited like the other routes that read much.
  expensive: true,
  // A whole graph takes a while to read and write out.
  budget: 'long',
  description: 'With no selection, the whole graph, streamed. neo4j-csv and bundle are zip archives; report is one '
    + 'self-contained HTML file; citations is CSV with formula-like cells defused; cypher rebuilds the subgraph in an empty Neo4j.',
  responses: {
    200: { description: `The export as a download (Content-Disposition names the file); formats: ${exportFormats.join(', ')}.`, contentType: 'application/octet-stream' },
    404: { description: 'A chosen node or article does not exist.' },
  },
} as const;

export function exportRoutes({ longDb: db }: ApiDeps): Route[] {
  return [
    route({
      ...EXPORT_ROUTE, method: 'GET', operationId: 'exportGraph',
      summary: 'A selection (node ids with their neighbours, or an article) or the whole graph, in one of the export formats',
      query: exportQuery,
      examples: {
        query: [
          { format: 'graphml' },
          { format: 'report', nodes: 'person:dmitry peskov,place:lyman', depth: '1', title: 'Peskov on Lyman' },
          { format: 'citations', article: '91df686907f47033' },
        ],
      },
      async handle({ query }, _req, res) {
        const { format, title, nodes, depth, article } = query;
        await sendExport(res, await exportSubgraph(db, { format, title, selection: { nodes, depth, article } }));
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
        ],
      },
      async handle({ body }, _req, res) {
        await sendExport(res, await exportSubgraph(db, body));
      },
    }),
  ];
}
