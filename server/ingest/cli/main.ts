// `npm run ingest -- <path…>`: reads articles from files, folders and standard input, extracts them on every core,
// and loads them in batched transactions, with progress on stderr and a summary at the end.
import { DatabaseUnavailableError } from '../../errors';
import { DEFAULT_BATCH_LIMITS } from '../batcher';
import { ingest } from '../ingest';
import { poolPreparer } from '../preparers';
import { inputsFrom } from '../sources/inputs';
import { MissingPathError } from '../sources/paths';
import { parseIngestArguments, USAGE, UsageError, type IngestArguments } from './arguments';
import { Progress } from './progress';
import { summaryText, Tally } from './tally';
import { openIngestTarget, type IngestTarget } from './target-database';

const EXIT_OK = 0;
const EXIT_FAILURES = 1;
const EXIT_USAGE = 2;

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  let args: IngestArguments | 'help';
  try {
    args = parseIngestArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`ingest: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (args === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  let inputs;
  try {
    inputs = await inputsFrom(args.paths);
  } catch (error) {
    if (!(error instanceof MissingPathError)) throw error;
    say(`ingest: ${error.message}`);
    return EXIT_USAGE;
  }
  const target: IngestTarget | undefined = args.dryRun ? undefined : await openIngestTarget(process.env, say);
  if (target) say(`ingest: writing to ${target.description}`);
  const preparer = await poolPreparer({ jobs: args.jobs, maxChars: args.maxChars });
  const tally = new Tally();
  const progress = new Progress(process.stderr, tally, inputs.total);
  let fatal: unknown;
  try {
    await ingest(inputs.items, {
      preparer, db: target?.db, inFlight: args.jobs * 4, batch: { ...DEFAULT_BATCH_LIMITS, articles: args.batchSize },
      onResult: (result) => {
        tally.add(result);
        progress.update(result);
      },
    });
  } catch (error) {
    fatal = error;
  } finally {
    progress.finish();
    await preparer.close();
    await target?.close();
  }
  const summary = tally.summary();
  say(summaryText(summary, args.dryRun));
  if (args.json) process.stdout.write(`${JSON.stringify({ ...summary, dryRun: args.dryRun }, null, 2)}\n`);
  if (fatal) {
    const reason = fatal instanceof DatabaseUnavailableError ? fatal.message : String((fatal as Error)?.stack ?? fatal);
    say(`ingest: stopped: ${reason}; the articles reported above are stored, run the same command again for the rest`);
    return EXIT_FAILURES;
  }
  return tally.failed > 0 ? EXIT_FAILURES : EXIT_OK;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    say(`ingest: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = EXIT_FAILURES;
  },
);
