// Every export format as data: its content type, its file name, and the files it writes (several go into a zip).
import type { ExportFormat } from '../contract';
import type { WhosaidGraph } from '../graph/read-graph';
import { writeCitationsCsv } from './citations-csv';
import { writeCypherScript } from './cypher-script';
import { writeCytoscapeJson } from './cytoscape-json';
import type { ExportContext } from './export-context';
import type { ExportFile } from './export-file';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeGraphologyJson } from './graphology-json';
import { neo4jCsvFiles } from './neo4j-csv';
import { writeReplayQuery } from './replay-query';
import { writeReport } from './report-html';

export interface FormatSpec {
  contentType: string;
  /** The downloaded file's extension. */
  extension: string;
  /** The files written; a format of several files, or a bundle, is delivered as a zip of them. */
  files(graph: WhosaidGraph, context: ExportContext): ExportFile[];
  zipped: boolean;
}

const one = (name: string, chunks: () => Iterable<string>): ExportFile[] => [{ name, chunks }];

/** The bundle: the report and every file a colleague's tool opens, the query to select it again, and the view to reopen. */
function bundleFiles(graph: WhosaidGraph, context: ExportContext): ExportFile[] {
  const view = { title: context.title, exportedAt: context.exportedAt.toISOString(), view: context.view ?? null };
  return [
    { name: 'report.html', chunks: () => writeReport(graph, context) },
    { name: 'graph.graphml', chunks: () => writeGraphml(graph) },
    { name: 'graph.gexf', chunks: () => writeGexf(graph, context) },
    { name: 'citations.csv', chunks: () => writeCitationsCsv(graph) },
    ...neo4jCsvFiles(graph).map((file) => ({ ...file, name: `neo4j-import/${file.name}` })),
    { name: 'query.cypher', chunks: () => writeReplayQuery(context) },
    { name: 'graph.json', chunks: () => writeCytoscapeJson(graph) },
    { name: 'view.json', chunks: function* () { yield `${JSON.stringify(view, null, 2)}\n`; } },
  ];
}

export const EXPORT_FORMATS: Record<ExportFormat, FormatSpec> = {
  cytoscape: { contentType: 'application/json', extension: 'cytoscape.json', zipped: false, files: (graph) => one('graph.cytoscape.json', () => writeCytoscapeJson(graph)) },
  graphology: { contentType: 'application/json', extension: 'graphology.json', zipped: false, files: (graph) => one('graph.graphology.json', () => writeGraphologyJson(graph)) },
  graphml: { contentType: 'application/graphml+xml', extension: 'graphml', zipped: false, files: (graph) => one('graph.graphml', () => writeGraphml(graph)) },
  gexf: { contentType: 'application/gexf+xml', extension: 'gexf', zipped: false, files: (graph, context) => one('graph.gexf', () => writeGexf(graph, context)) },
  'neo4j-csv': { contentType: 'application/zip', extension: 'neo4j-import.zip', zipped: true, files: (graph) => neo4jCsvFiles(graph) },
  cypher: { contentType: 'text/plain; charset=utf-8', extension: 'cypher', zipped: false, files: (graph, context) => one('graph.cypher', () => writeCypherScript(graph, context)) },
  citations: { contentType: 'text/csv; charset=utf-8', extension: 'citations.csv', zipped: false, files: (graph) => one('citations.csv', () => writeCitationsCsv(graph)) },
  report: { contentType: 'text/html; charset=utf-8', extension: 'report.html', zipped: false, files: (graph, context) => one('report.html', () => writeReport(graph, context)) },
  bundle: { contentType: 'application/zip', extension: 'bundle.zip', zipped: true, files: bundleFiles },
};
