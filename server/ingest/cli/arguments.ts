// The ingest command's arguments: paths (or "-" for standard input) and options, checked, with the usage text.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_BATCH_LIMITS } from '../batcher';
import { DEFAULT_MAX_CHARS } from '../limits';

export const USAGE = `usage: npm run ingest -- [options] <path…>

Extracts articles and loads them into whosaid's Neo4j. A path is a file or a folder (read recursively):
  .txt .md        one article each; title, outlet, date and url from a metadata.json beside them, else from the text
  .html .htm      saved web pages: the article body, title, outlet, date, canonical URL and byline are read from the page
  .jsonl .ndjson  one article a line: {"text" (or "content", "body"), "title", "outlet" (or "source"), "date", "url"}
  -               standard input: JSON Lines, an HTML page, or one article's text

Options:
  --dry-run       extract and report, write nothing
  --jobs N        extraction workers (default: the number of cores, ${os.availableParallelism()} here)
  --json          print the summary as JSON on standard output
  --batch-size N  articles per write transaction (default ${DEFAULT_BATCH_LIMITS.articles})
  --max-size MB   refuse articles with more text than this, in millions of characters (default ${DEFAULT_MAX_CHARS / 1_000_000})
  --help          show this text

Database: NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) when set; else the embedded Neo4j of
\`npm start\` when it is running; else the embedded Neo4j is started for the ingest and stopped after it.
Exit status: 0 when every article was loaded (or found unchanged), 1 when some failed, 2 on a usage error.`;

export interface IngestArguments {
  paths: string[];
  dryRun: boolean;
  jobs: number;
  json: boolean;
  maxChars: number;
  batchSize: number;
}

/** Wrong arguments: the command prints the message and the usage, and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The arguments, or 'help' when --help was asked for; throws UsageError for anything wrong. */
export function parseIngestArguments(argv: string[]): IngestArguments | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        json: { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) throw new UsageError('no path given: name files, folders, or - for standard input');
  return {
    paths: positionals,
    dryRun: values['dry-run'],
    jobs: values.jobs === undefined ? os.availableParallelism() : wholeNumber('--jobs', values.jobs, 1, 64),
    json: values.json,
    maxChars: values['max-size'] === undefined ? DEFAULT_MAX_CHARS : megabytes(values['max-size']),
    batchSize: values['batch-size'] === undefined ? DEFAULT_BATCH_LIMITS.articles : wholeNumber('--batch-size', values['batch-size'], 1, 10_000),
  };
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${value}"`);
  return number;
}

function megabytes(value: string): number {
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0 || number > 100) throw new UsageError(`--max-size must be a number of megabytes above 0 and at most 100, not "${value}"`);
  return Math.round(number * 1_000_000);
}
