// Prepares articles on a pool of worker threads (one per core by default); inline-preparer.ts does it on the caller's.
//
// The workers run a bundle of the extractor that esbuild writes under node_modules/.cache/whosaid/, named by the
// hash of its content, so concurrent ingests share it safely and an edited extractor gets a new bundle. A bundle
// starts in a fraction of the time ts-node needs to compile the extractor in every thread.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import Piscina from 'piscina';
import { projectRoot } from '../embedded-neo4j/paths';
// Types only: the main thread of a pool never loads the extractor itself.
import type { Prepared, PrepareOptions } from './prepare-article';
import { failed, type RawArticle } from './raw-article';

export interface Preparer {
  prepare(raw: RawArticle): Promise<Prepared>;
  close(): Promise<void>;
}

export async function poolPreparer(options: PrepareOptions & { jobs: number }): Promise<Preparer> {
  const pool = new Piscina({ filename: await workerBundle(), minThreads: options.jobs, maxThreads: options.jobs, idleTimeout: 60_000 });
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

async function workerBundle(): Promise<string> {
  const root = projectRoot();
  const result = await build({
    entryPoints: [path.join(__dirname, 'extract-worker.ts')],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const folder = path.join(root, 'node_modules', '.cache', 'whosaid');
  const file = path.join(folder, `extract-worker-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}
