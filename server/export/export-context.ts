// What every export carries besides the graph: its title, what was selected and how to select it again, and when.
import type { ExportView } from '../contract';

export interface ReplayQuery {
  /** Cypher that selects the same part of the graph again, with `$parameters`. */
  text: string;
  params: Record<string, unknown>;
}

export interface ExportContext {
  title: string;
  /** The selection in words: "the whole graph", "article …", "3 nodes and their neighbours up to 1 link away". */
  description: string;
  query: ReplayQuery;
  exportedAt: Date;
  /** Where the explorer stood, for a bundle to reopen in the same view. */
  view?: ExportView;
}
