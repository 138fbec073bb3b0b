// Command line: prints the extraction of one article file as JSON (the shape score.mjs reads, plus offsets).
import { extract } from './pipeline';
import { readArticle, UnusableInputError } from './read-article';

function main(argv: string[]): number {
  const file = argv[0];
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- <article.txt>\n');
    return 2;
  }
  try {
    const article = readArticle(file);
    const extraction = extract(article.text, article.sidecar);
    extraction.messages.unshift(...article.messages);
    for (const m of extraction.messages) if (m.severity === 'warning' && m.ruleId.startsWith('input/')) process.stderr.write(`${file}: ${m.reason}\n`);
    process.stdout.write(JSON.stringify(extraction, null, 2) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof UnusableInputError) {
      process.stderr.write(`extract: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
