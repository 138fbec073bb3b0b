// Bundles an entry file of the server with esbuild into node_modules/.cache/whosaid/: worker threads' entries, named
// by the hash of their content, and whole programs (the server that `npm start` runs), at a fixed path.
//
// A bundle starts in a fraction of the time ts-node needs to compile the same modules, and runs without ts-node's
// source-map support, which makes every stack trace costly to read (the Neo4j driver reads one for every result).
// Packages stay external: the bundle loads them from node_modules.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { projectRoot } from './embedded-neo4j/paths';

const BUNDLE_FOLDER = () => path.join(projectRoot(), 'node_modules', '.cache', 'whosaid');

/**
 * Modules find their files beside their sources (cypher/, seed/, pom.xml, a worker's entry) through `__dirname`: in a
 * bundle each module keeps its source folder, so a bundled program reads the same files as the sources it came from.
 */
const sourceFolders: Plugin = {
  name: 'source-folders',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async ({ path: file }) => {
      const text = await readFile(file, 'utf8');
      if (!/\b__(?:dirname|filename)\b/.test(text)) return undefined;
      return {
        contents: text
          .replace(/\b__dirname\b/g, JSON.stringify(path.dirname(file)))
          .replace(/\b__filename\b/g, JSON.stringify(file)),
        loader: 'ts',
      };
    });
  },
};

async function bundled(entry: string): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [entry],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', packages: 'external', write: false, logLevel: 'silent',
    keepNames: true, plugins: [sourceFolders],
  });
  return result.outputFiles[0].contents;
}

/** Writes under a temporary name, then renames: processes building the same bundle at once never read half of it. */
async function writeWhole(file: string, code: Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, code);
  await rename(partial, file);
}

/** The path of a runnable bundle of a worker thread's `entry`; an edited module gets a new bundle. */
export async function workerBundle(entry: string, name: string): Promise<string> {
  const code = await bundled(entry);
  const file = path.join(BUNDLE_FOLDER(), `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`);
  if (!existsSync(file)) await writeWhole(file, code);
  return file;
}

/** Bundles the program whose entry is `entry` (a path under the project) into the bundle folder; returns its path. */
export async function programBundle(entry: string): Promise<string> {
  const relative = path.relative(projectRoot(), path.resolve(entry)).replace(/\.ts$/, '.js');
  const file = path.join(BUNDLE_FOLDER(), 'programs', relative);
  await writeWhole(file, await bundled(entry));
  return file;
}
