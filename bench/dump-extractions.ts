// Dumps the whole extraction of every corpus, seed and dev article to one JSON file, so that a change meant to make
// the extractor faster can be shown to leave its output byte-identical: dump before, dump after, diff the two.
//
//   npx ts-node --transpile-only bench/dump-extractions.ts OUT.json
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../server/extract/pipeline';

const SHARED = join(__dirname, '..', '..', 'shared');
const CORPUS = join(SHARED, 'corpus', 'articles.jsonl');
const FOLDERS = [join(__dirname, '..', 'seed', 'articles'), join(SHARED, 'eval', 'dev', 'articles')];

function articles(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  if (existsSync(CORPUS)) {
    readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).forEach((line, i) => {
      found.push([`corpus#${i}`, String((JSON.parse(line) as { text?: string }).text ?? '')]);
    });
  }
  for (const folder of FOLDERS.filter(existsSync)) {
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) found.push([join(folder, file), readFileSync(join(folder, file), 'utf8')]);
  }
  return found;
}

const out = process.argv[2];
if (!out) throw new Error('dump-extractions: name the output file');
// One line per article keeps a diff readable: it names the article whose findings changed.
const lines = articles().map(([name, text]) => JSON.stringify({ name, extraction: extract(text) }));
writeFileSync(out, `${lines.join('\n')}\n`);
process.stderr.write(`dump-extractions: ${lines.length} articles to ${out}\n`);
