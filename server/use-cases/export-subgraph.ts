// Exports a part of the graph: reads the selection into graphology, then hands the chosen format's files to the caller.
import type { ExportFormat, ExportSelection, ExportView } from '../contract';
import type { Database } from '../graph/database';
import { readExportGraph } from '../graph/read-export-graph';
import type { ExportContext } from '../export/export-context';
import type { ExportFile } from '../export/export-file';
import { EXPORT_FORMATS } from '../export/formats';
import { chooseSelection } from './export-selection';
import type { CypherRunner } from './run-cypher';

export interface ExportOrder {
  format: ExportFormat;
  selection: ExportSelection;
  title?: string;
  view?: ExportView;
}

export interface ExportDeps {
  /** Reads the selected graph, with the long time budget. */
  db: Database;
  /** The analysts' runner, shared with /api/cypher: a question or query selection runs through it, bounded as there. */
  runCypher: CypherRunner;
}

export interface PreparedExport {
  fileName: string;
  contentType: string;
  /** Several files, delivered as one zip. */
  zipped: boolean;
  files: ExportFile[];
  nodes: number;
  edges: number;
}

export async function exportSubgraph({ db, runCypher }: ExportDeps, order: ExportOrder, exportedAt = new Date()): Promise<PreparedExport> {
  const chosen = await chooseSelection(order.selection, runCypher);
  const graph = await readExportGraph(db, chosen.scope);
  const context: ExportContext = {
    title: order.title ?? chosen.title,
    description: chosen.description,
    query: chosen.query,
    exportedAt,
    view: order.view,
  };
  const format = EXPORT_FORMATS[order.format];
  return {
    fileName: `whosaid-${chosen.slug}-${exportedAt.toISOString().slice(0, 10)}.${format.extension}`,
    contentType: format.contentType,
    zipped: format.zipped,
    files: format.files(graph, context),
    nodes: graph.order,
    edges: graph.size,
  };
}
