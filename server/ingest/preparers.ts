// Prepares articles on a pool of worker threads (one per core by default); inline-preparer.ts does it on the caller's.
// The workers run a bundle of the extractor (server/worker-bundle.ts).
import path from 'node:path';
import Piscina from 'piscina';
import { workerBundle } from '../bundle';
import { useExtractionCompilerBudget } from './compiler-budget';
// Types only: the main thread of a pool never loads the extractor itself.
import type { Prepared, PrepareOptions } from './prepare-article';
import { failed, type RawArticle } from './raw-article';

export interface Preparer {
  prepare(raw: RawArticle): Promise<Prepared>;
  close(): Promise<void>;
}

export async function poolPreparer(options: PrepareOptions & { jobs: number }): Promise<Preparer> {
  const filename = await workerBundle(path.join(__dirname, 'extract-worker.ts'), 'extract-worker');
  // V8's flags are the process's: set on this thread before the workers start, their compilers run under it too.
  useExtractionCompilerBudget();
  const pool = new Piscina({ filename, minThreads: options.jobs, maxThreads: options.jobs, idleTimeout: 60_000 });
  const settings: PrepareOptions = { maxChars: options.maxChars };
  return {
    prepare: (raw) => guarded(raw, () => pool.run({ raw, options: settings }) as Promise<Prepared>),
    close: () => pool.destroy(),
  };
}

/** A crash while preparing one article is a bug, reported against that article; the others go on. */
export async function guarded(raw: RawArticle, prepare: () => Prepared | Promise<Prepared>): Promise<Prepared> {
  try {
    return await prepare();
  } catch (error) {
    return failed(raw.origin, `extraction failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
