// Builds a benchmark graph in a throw-away Neo4j: the shared corpus articles, each loaded `copies` times with its
// text varied (so each copy is a new article) and its date moved by a few days. Corpus text is never written to disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../server/graph/database';
import { loadArticle } from '../../server/load/load-article';

export const CORPUS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'articles.jsonl');

/** The corpus stores no outlet names; benchmark copies get one of these, so per-outlet questions have outlets to group. */
const OUTLETS = ['Wire One', 'Daily Two', 'Herald Three', 'Times Four', 'Post Five', 'Courier Six', 'Journal Seven', 'Gazette Eight'];

interface CorpusArticle { id: string; text: string; date: string | null }

function shiftDate(iso: string | null, days: number): string | undefined {
  if (!iso) return undefined;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Copy 0 is the article as it is; later copies start with a dateline and end with a line naming the copy. */
function variedText(text: string, copy: number): string {
  if (copy === 0) return text;
  return `UPDATE ${copy}: this report was revised.\n\n${text}\n\nThis is revision ${copy} of the report.`;
}

export async function loadCorpusGraph(db: Database, copies: number, progress: (line: string) => void): Promise<number> {
  const articles = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as CorpusArticle);
  let loaded = 0;
  const started = performance.now();
  for (let copy = 0; copy < copies; copy += 1) {
    for (const [index, article] of articles.entries()) {
      await loadArticle(db, {
        text: variedText(article.text, copy),
        file: `${article.id}#${copy}.txt`,
        meta: { date: shiftDate(article.date, copy * 3), outlet: OUTLETS[(index + copy) % OUTLETS.length] },
      });
      loaded += 1;
      if (loaded % 100 === 0) progress(`bench: ${loaded}/${articles.length * copies} articles loaded (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  }
  return loaded;
}
