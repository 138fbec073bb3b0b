// Reads one article file (.txt, .md, .html): its bytes decoded, binary refused, its sidecar metadata attached.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { failed, type RawInput } from '../raw-article';
import { decodeArticleBytes } from './decode';
import type { Sidecars } from './sidecars';

export async function readArticleFile(file: string, format: 'text' | 'html', sidecars: Sidecars): Promise<RawInput> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return failed(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const decoded = decodeArticleBytes(bytes);
  if ('refused' in decoded) return failed(file, decoded.refused);
  const sidecar = await sidecars.metaFor(file);
  return {
    kind: 'article',
    origin: file,
    format,
    body: decoded.text,
    meta: sidecar.meta,
    file: path.resolve(file),
    messages: [...decoded.messages, ...sidecar.messages],
  };
}
