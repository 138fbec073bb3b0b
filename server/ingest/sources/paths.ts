// Expands the paths given to the ingest into article files: folders recursively, in a stable (sorted) order.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File kinds by extension; a folder contributes only files of these kinds (so metadata.json is not an article). */
export const FILE_KINDS: Record<string, 'text' | 'html' | 'jsonl'> = {
  '.txt': 'text', '.md': 'text', '.markdown': 'text', '.html': 'html', '.htm': 'html', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

export type FileKind = (typeof FILE_KINDS)[string];

export interface ArticleFile {
  path: string;
  kind: FileKind;
}

/** A path given on the command line that does not exist: a usage error, found before anything is read. */
export class MissingPathError extends Error {
  override name = 'MissingPathError';
}

export function kindOf(file: string): FileKind | undefined {
  return FILE_KINDS[path.extname(file).toLowerCase()];
}

/** Every article file under `paths`; a file named explicitly with another extension is read as text. */
export async function expandPaths(paths: string[]): Promise<ArticleFile[]> {
  const files: ArticleFile[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => undefined);
    if (!info) throw new MissingPathError(`no such file or folder: ${given}`);
    if (info.isDirectory()) files.push(...(await filesUnder(given)));
    else files.push({ path: given, kind: kindOf(given) ?? 'text' });
  }
  return files;
}

async function filesUnder(folder: string): Promise<ArticleFile[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: ArticleFile[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) files.push(...(await filesUnder(full)));
    else if (entry.isFile() && kindOf(entry.name)) files.push({ path: full, kind: kindOf(entry.name)! });
  }
  return files;
}
