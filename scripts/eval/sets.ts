// Where the evaluation sets are (the seed in the repository, the dev set outside it) and their extraction in-process.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../../server/extract/pipeline';
import { readArticle } from '../../server/extract/read-article';
import type { GoldFile, Prediction } from './score';

export interface EvalSet { label: string; gold: GoldFile; folder: string }

const ROOT = join(__dirname, '..', '..');

/** The shared evaluation folder: WHOSAID_EVAL_DIR, else ../shared/eval beside the repository. */
export function evalFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.WHOSAID_EVAL_DIR ?? join(ROOT, '..', 'shared', 'eval'));
}

function readGold(file: string): GoldFile {
  return JSON.parse(readFileSync(file, 'utf8')) as GoldFile;
}

/** The seed articles and their gold, always present in the repository. */
export function seedSet(): EvalSet {
  return { label: 'seed', gold: readGold(join(ROOT, 'test', 'fixtures', 'seed-gold.json')), folder: join(ROOT, 'seed', 'articles') };
}

/** The development set, or undefined when its gold or articles are not where `folder` says. */
export function devSet(folder: string): EvalSet | undefined {
  const gold = join(folder, 'dev-gold.json');
  const articles = join(folder, 'dev', 'articles');
  return existsSync(gold) && existsSync(articles) ? { label: 'dev', gold: readGold(gold), folder: articles } : undefined;
}

/** An extra set named on the command line as label=GOLD.json,ARTICLES-FOLDER. */
export function namedSet(spec: string): EvalSet {
  const [label, paths] = spec.split('=');
  const [gold, folder] = (paths ?? '').split(',');
  if (!label || !gold || !folder) throw new Error(`eval: --set wants label=GOLD.json,FOLDER, not "${spec}"`);
  return { label, gold: readGold(gold), folder };
}

/** Extracts every article the gold names, the way the command line reads an article file. */
export function predict(set: EvalSet): Record<string, Prediction> {
  const predictions: Record<string, Prediction> = {};
  for (const file of Object.keys(set.gold.articles)) {
    const path = join(set.folder, file);
    if (!existsSync(path)) continue;
    const article = readArticle(path);
    predictions[file] = extract(article.text, article.sidecar);
  }
  return predictions;
}
