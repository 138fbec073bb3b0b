// Loads the seed articles (seed/articles/*.txt with their metadata.json) into an empty database.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ArticleMeta } from '../extract/types';
import { countGraph } from '../graph/counts';
import type { Database } from '../graph/database';
import { loadArticle, type LoadSummary } from './load-article';

export const SEED_DIRECTORY = join(__dirname, '..', '..', 'seed', 'articles');

export interface SeedOptions {
  directory?: string;
  /** Receives one human-readable line per step; by default they go to stderr. */
  onProgress?: (line: string) => void;
}

export interface SeedResult {
  /** True when the database already held articles, so nothing was loaded. */
  skipped: boolean;
  loaded: LoadSummary[];
}

export async function loadSeedCorpus(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const directory = options.directory ?? SEED_DIRECTORY;
  const progress = options.onProgress ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { articles } = await countGraph(db);
  if (articles > 0) {
    progress(`seed: the database already holds ${articles} article(s); nothing loaded`);
    return { skipped: true, loaded: [] };
  }
  const files = (await readdir(directory)).filter((file) => file.endsWith('.txt')).sort();
  const metadata = await readMetadata(join(directory, 'metadata.json'));
  progress(`seed: loading ${files.length} article(s) from ${relative(process.cwd(), directory) || '.'}`);
  const loaded: LoadSummary[] = [];
  for (const [index, file] of files.entries()) {
    const started = Date.now();
    const text = await readFile(join(directory, file), 'utf8');
    const summary = await loadArticle(db, { text, file, meta: metadata[file] });
    const { entities, statements, events } = summary.counts;
    progress(`seed: ${index + 1}/${files.length} ${file}: ${entities} entities, ${statements} statements, `
      + `${events} events (${Date.now() - started} ms)`);
    loaded.push(summary);
  }
  return { skipped: false, loaded };
}

async function readMetadata(file: string): Promise<Record<string, ArticleMeta>> {
  const parsed = JSON.parse(await readFile(file, 'utf8')) as { articles?: Record<string, ArticleMeta> };
  return parsed.articles ?? {};
}
