// Bundles a worker thread's entry file with esbuild into node_modules/.cache/whosaid/, named by the hash of its content.
//
// A bundle starts in a fraction of the time ts-node needs to compile the same modules in every thread; concurrent
// servers share it safely (written under a temporary name, then renamed), and an edited module gets a new bundle.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { projectRoot } from './embedded-neo4j/paths';

/** The path of a runnable bundle of `entry` (packages stay external: the thread loads them from node_modules). */
export async function workerBundle(entry: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', write: false, logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const folder = path.join(projectRoot(), 'node_modules', '.cache', 'whosaid');
  const file = path.join(folder, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`);
  if (!existsSync(file)) {
    await mkdir(folder, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, code);
    await rename(partial, file);
  }
  return file;
}
