// The benchmark corpus: copies of the shared corpus articles, each text varied by a sentence so every hash differs.
//
// Written to a temporary JSON Lines file, never into the repository: the corpus texts are not the project's to commit.
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

export const SHARED_CORPUS = `${__dirname}/../../../shared/corpus/articles.jsonl`;

interface CorpusArticle {
  text: string;
  title?: string | null;
  source?: string | null;
  date?: string | null;
}

export function readCorpus(file = SHARED_CORPUS): CorpusArticle[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as CorpusArticle);
}

/** Copy n of an article: its text with one sentence added that names the copy, so its hash (and id) is its own. */
export function variedText(text: string, copy: number): string {
  return `${text}\n\nThis is archive copy number ${copy} of this report.`;
}

export async function writeVariedCorpus(file: string, count: number, articles = readCorpus()): Promise<void> {
  const out = createWriteStream(file);
  for (let copy = 0; copy < count; copy++) {
    const article = articles[copy % articles.length];
    const line = JSON.stringify({ text: variedText(article.text, copy), title: article.title, source: article.source, date: article.date });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
