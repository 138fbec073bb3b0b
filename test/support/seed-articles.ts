// The seed articles, read and extracted once the way the command line reads them, for the extraction tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../server/extract/pipeline';
import { readArticle } from '../../server/extract/read-article';
import type { Extraction } from '../../server/extract/types';

export const SEED_FOLDER = join(__dirname, '..', '..', 'seed', 'articles');

export interface SeedArticle { file: string; text: string; extraction: Extraction }

let cached: SeedArticle[] | undefined;

export function seedArticles(): SeedArticle[] {
  cached ??= readdirSync(SEED_FOLDER).filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const article = readArticle(join(SEED_FOLDER, file));
    return { file, text: article.text, extraction: extract(article.text, article.sidecar) };
  });
  return cached;
}
