// The ingest command's arguments: defaults, options, and the usage errors that make it exit with status 2.
import { expect } from 'chai';
import os from 'node:os';
import { parseIngestArguments, USAGE, UsageError } from '../../../server/ingest/cli/arguments';

describe('ingest/cli/arguments', () => {
  it('When only paths are given, then every option has its default (one worker per core)', () => {
    expect(parseIngestArguments(['a.jsonl', '-'])).to.deep.equal({
      paths: ['a.jsonl', '-'], dryRun: false, jobs: os.availableParallelism(), json: false, maxChars: 1_000_000, batchSize: 250,
    });
  });

  it('When options are given, then they are read', () => {
    expect(parseIngestArguments(['--dry-run', '--jobs', '3', '--json', '--max-size', '2.5', '--batch-size', '10', 'folder'])).to.deep.equal({
      paths: ['folder'], dryRun: true, jobs: 3, json: true, maxChars: 2_500_000, batchSize: 10,
    });
  });

  it('When --help is given, then help is asked for, and the usage names every option and format', () => {
    expect(parseIngestArguments(['--help'])).to.equal('help');
    for (const word of ['--dry-run', '--jobs', '--json', '--max-size', '--batch-size', '.jsonl', '.html', 'NEO4J_URI', 'Exit status']) expect(USAGE).to.include(word);
  });

  const errors: [string, string[], RegExp][] = [
    ['no path', [], /no path given/],
    ['an unknown option', ['--fast', 'a'], /Unknown option '--fast'/],
    ['a --jobs that is no number', ['--jobs', 'many', 'a'], /--jobs must be a whole number from 1 to 64, not "many"/],
    ['a --jobs of 0', ['--jobs', '0', 'a'], /--jobs must be a whole number/],
    ['a --max-size of nothing', ['--max-size', '0', 'a'], /--max-size must be a number of megabytes/],
  ];
  for (const [what, argv, message] of errors) {
    it(`When given ${what}, then a UsageError says what is wrong`, () => {
      expect(() => parseIngestArguments(argv)).to.throw(UsageError, message);
    });
  }
});
