// Opens a report bundle (.zip) in the browser: the graph it holds (graph.json) and the view it was made from (view.json).

import { strFromU8, unzipSync } from 'fflate';
import type { ExportView, GraphPayload } from '../../server/contract';

export interface OpenedBundle {
  title: string;
  graph: GraphPayload;
  view: ExportView | null;
}

/** The file is not a whosaid bundle, or one this version cannot read. */
export class BundleFormatError extends Error {
  override name = 'BundleFormatError';
}

export function readBundle(bytes: Uint8Array): OpenedBundle {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name === 'graph.json' || file.name === 'view.json' });
  } catch (cause) {
    throw new BundleFormatError(`whosaid bundle: the file is not a zip archive (${(cause as Error).message})`);
  }
  const json = (name: string): unknown => {
    if (!files[name]) throw new BundleFormatError(`whosaid bundle: the archive has no ${name}; is it a whosaid report bundle?`);
    try {
      return JSON.parse(strFromU8(files[name]));
    } catch {
      throw new BundleFormatError(`whosaid bundle: ${name} is not valid JSON`);
    }
  };
  const graph = json('graph.json') as GraphPayload;
  if (!Array.isArray(graph?.elements?.nodes) || !Array.isArray(graph?.elements?.edges)) {
    throw new BundleFormatError('whosaid bundle: graph.json holds no Cytoscape elements');
  }
  const saved = json('view.json') as { title?: string; view?: ExportView | null };
  return { title: String(saved.title ?? 'whosaid bundle'), graph, view: saved.view ?? null };
}
