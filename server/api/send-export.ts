// Sends a prepared export: one file streamed as it is written, or several streamed into a zip; memory stays flat.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import archiver from 'archiver';
import type { Response } from 'express';
import type { ExportFile } from '../export/export-file';
import type { PreparedExport } from '../use-cases/export-subgraph';

/** A lazily written file as a byte stream: its chunks are made only as fast as the reader takes them. */
export function fileStream(file: ExportFile): Readable {
  return Readable.from((function* () {
    for (const chunk of file.chunks()) yield Buffer.from(chunk, 'utf8');
  })());
}

export function zipStream(files: ExportFile[]): Readable {
  const zip = archiver('zip', { zlib: { level: 6 } });
  for (const file of files) zip.append(fileStream(file), { name: file.name });
  void zip.finalize();
  return zip;
}

/**
 * The report is HTML that should never run anything, even opened from the server: a content security policy that
 * allows inline styles only. Every export is a download with its file name.
 */
export async function sendExport(res: Response, prepared: PreparedExport): Promise<void> {
  res.status(200);
  // attachment() would set the type from the file's extension: the format's own type is set after it.
  res.attachment(prepared.fileName);
  res.type(prepared.contentType);
  res.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  res.set('X-Whosaid-Export', `${prepared.nodes} nodes; ${prepared.edges} edges`);
  const body = prepared.zipped ? zipStream(prepared.files) : fileStream(prepared.files[0]);
  await pipeline(body, res);
}
