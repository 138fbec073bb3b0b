// Exports a part of the graph: reads the selection into graphology, then hands the chosen format's files to the caller.
import type { ExportFormat, ExportSelection, ExportView } from '../contract';
import type { Database } from '../graph/database';
import { cypher } from '../graph/queries';
import { readExportGraph, type ExportScope } from '../graph/read-export-graph';
import type { ExportContext, ReplayQuery } from '../export/export-context';
import type { ExportFile } from '../export/export-file';
import { EXPORT_FORMATS } from '../export/formats';

export interface ExportOrder {
  format: ExportFormat;
  selection: ExportSelection;
  title?: string;
  view?: ExportView;
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

interface Chosen {
  scope: ExportScope;
  description: string;
  query: ReplayQuery;
  /** A short ASCII name for the file. */
  slug: string;
}

function choose(selection: ExportSelection): Chosen {
  if (selection.article) {
    return {
      scope: { kind: 'article', articleId: selection.article },
      description: `Article ${selection.article}: its statements and events, and the people, organizations and places involved.`,
      query: { text: cypher('export/replay-article').text, params: { articleId: selection.article } },
      slug: `article-${selection.article}`,
    };
  }
  if (selection.nodes) {
    const { nodes: ids, depth } = selection;
    const reach = depth === 0 ? '' : ` and their neighbours up to ${depth} ${depth === 1 ? 'link' : 'links'} away`;
    return {
      scope: { kind: 'nodes', ids, depth },
      description: `${ids.length === 1 ? `The node ${ids[0]}` : `${ids.length} chosen nodes`}${reach}.`,
      query: { text: cypher('export/replay-nodes').text, params: { ids, depth } },
      slug: ids.length === 1 && depth === 0 ? 'node' : 'selection',
    };
  }
  return { scope: { kind: 'all' }, description: 'The whole graph.', query: { text: cypher('export/replay-all').text, params: {} }, slug: 'graph' };
}

export async function exportSubgraph(db: Database, order: ExportOrder, exportedAt = new Date()): Promise<PreparedExport> {
  const chosen = choose(order.selection);
  const graph = await readExportGraph(db, chosen.scope);
  const context: ExportContext = {
    title: order.title ?? `whosaid: ${chosen.description.replace(/\.$/, '')}`,
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
