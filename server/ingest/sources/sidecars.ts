// The metadata.json beside article files (as in seed/articles/), read once per folder and looked up by file name.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Message } from '../../extract/types';
import type { GivenMeta } from '../raw-article';

interface Sidecar {
  articles: Record<string, GivenMeta>;
  messages: Message[];
}

export class Sidecars {
  private readonly folders = new Map<string, Promise<Sidecar>>();

  /** The metadata given for `file`, and any problem reading its folder's metadata.json. */
  async metaFor(file: string): Promise<{ meta: GivenMeta; messages: Message[] }> {
    const folder = path.dirname(file);
    let sidecar = this.folders.get(folder);
    if (!sidecar) {
      sidecar = readSidecar(path.join(folder, 'metadata.json'));
      this.folders.set(folder, sidecar);
    }
    const { articles, messages } = await sidecar;
    return { meta: articles[path.basename(file)] ?? {}, messages };
  }
}

async function readSidecar(file: string): Promise<Sidecar> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { articles: {}, messages: [] };
  }
  try {
    const parsed = JSON.parse(text) as { articles?: Record<string, GivenMeta> };
    return { articles: parsed.articles ?? {}, messages: [] };
  } catch (error) {
    const reason = `The sidecar ${file} could not be read: ${(error as Error).message}`;
    return { articles: {}, messages: [{ reason, ruleId: 'input/bad-sidecar', severity: 'warning' }] };
  }
}
