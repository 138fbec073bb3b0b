// Command line: prints the extraction of one article file as JSON (the shape score.mjs reads, plus offsets).
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extract } from './pipeline';
import type { ArticleMeta } from './types';

function sidecarFor(file: string): ArticleMeta {
  const metadataFile = join(dirname(file), 'metadata.json');
  if (!existsSync(metadataFile)) return {};
  const all = JSON.parse(readFileSync(metadataFile, 'utf8')) as { articles?: Record<string, ArticleMeta> };
  return all.articles?.[basename(file)] ?? {};
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npm run --silent extract -- <article.txt>\n');
  process.exit(2);
}
const text = readFileSync(file, 'utf8');
process.stdout.write(JSON.stringify(extract(text, sidecarFor(file)), null, 2) + '\n');
