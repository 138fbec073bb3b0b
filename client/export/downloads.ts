// Saves files in the browser, and asks the server for an export of the selection (POST /api/export).

import type { ExportFormat, ExportRequest, ExportView } from '../../server/contract';
import { ApiRequestError, ApiUnavailableError } from '../api';

/** Hands a blob to the browser as a download named `name`. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name the server chose (Content-Disposition), or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(header);
  return match ? decodeURIComponent(match[1] ?? match[2]) : fallback;
}

export interface ServerExport {
  format: ExportFormat;
  /** Node ids to export; null for the whole graph. */
  nodes: string[] | null;
  title?: string;
  view?: ExportView;
}

export async function downloadExport({ format, nodes, title, view }: ServerExport): Promise<string> {
  const request: ExportRequest = { format, selection: nodes ? { nodes, depth: 0 } : { depth: 0 }, ...(title ? { title } : {}), ...(view ? { view } : {}) };
  let response: Response;
  try {
    response = await fetch('/api/export', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  } catch (cause) {
    throw new ApiUnavailableError(`whosaid API: cannot reach /api/export (${(cause as Error).message})`);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null) as { error?: { message?: string } } | null;
    throw new ApiRequestError(`whosaid API: the export failed: ${body?.error?.message ?? response.statusText}`, response.status);
  }
  const name = fileNameOf(response, `whosaid.${format}`);
  saveFile(await response.blob(), name);
  return name;
}
