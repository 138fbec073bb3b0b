// Builds the explorer into client/dist: the bundle, index.html and style.css, each also gzipped and brotli-compressed,
// and a source map only with --dev.
//
// client/dist is all the server serves, so the TypeScript sources never leave the machine; a source map (which
// holds every source) is written only when a developer asks: `npm run build:client -- --dev`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync, type Metafile } from 'esbuild';
import { CLIENT_DIST } from '../server/api/client-files';
import { precompress } from './precompress';

const CLIENT = path.dirname(CLIENT_DIST);
const PAGE_FILES = ['index.html', 'style.css', 'favicon.svg'];
/** Stylesheets from packages, served as files: the page's CSP admits no inline style (the Cypher editor's colours). */
const PACKAGE_STYLESHEETS = { 'cypher-editor.css': require.resolve('@neo4j-cypher/codemirror/css/cypher-codemirror.css') };

export function buildClient({ dev = false }: { dev?: boolean } = {}): void {
  // Emptied first, so that a map from an earlier development build is never left to be served.
  rmSync(CLIENT_DIST, { recursive: true, force: true });
  mkdirSync(CLIENT_DIST, { recursive: true });
  // ES modules split at dynamic imports: the Cypher editor (a parser of about 1 MB) is its own chunk, fetched when the
  // analyst first opens the console, so the page's first graph does not wait for it.
  const { metafile } = buildSync({
    entryPoints: { app: path.join(CLIENT, 'main.ts') },
    metafile: true,
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    chunkNames: 'chunk-[hash]',
    sourcemap: dev ? 'linked' : false,
    target: 'es2020',
    outdir: CLIENT_DIST,
    logLevel: 'warning',
  });
  // The layout worker is a bundle of its own, with its own copy of Cytoscape: shared as a chunk, Cytoscape would be
  // one more file the page waits for before drawing (measured 0.1-0.2 s later on the seed view).
  buildSync({
    entryPoints: { 'layout-worker': path.join(CLIENT, 'canvas', 'layout-worker.ts') },
    bundle: true,
    minify: true,
    format: 'iife',
    sourcemap: dev ? 'linked' : false,
    target: 'es2020',
    outdir: CLIENT_DIST,
    logLevel: 'warning',
  });
  for (const file of PAGE_FILES) copyFileSync(path.join(CLIENT, file), path.join(CLIENT_DIST, file));
  announceChunks(path.join(CLIENT_DIST, 'index.html'), staticChunks(metafile, 'app.js'));
  for (const [file, source] of Object.entries(PACKAGE_STYLESHEETS)) copyFileSync(source, path.join(CLIENT_DIST, file));
  precompress(CLIENT_DIST);
}

/** The chunks a bundle imports statically: the browser would only find them once the bundle itself is parsed. */
function staticChunks(metafile: Metafile, bundle: string): string[] {
  const output = Object.entries(metafile.outputs).find(([file]) => path.basename(file) === bundle)?.[1];
  if (!output) throw new Error(`build:client: esbuild wrote no ${bundle} (outputs: ${Object.keys(metafile.outputs).join(', ')})`);
  return output.imports.filter((entry) => entry.kind === 'import-statement').map((entry) => path.basename(entry.path));
}

/** Names those chunks in the page's head (`modulepreload`), so they load beside the bundle rather than after it. */
function announceChunks(page: string, chunks: string[]): void {
  const links = chunks.map((chunk) => `  <link rel="modulepreload" href="${chunk}">\n`).join('');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</head>', `${links}</head>`));
}

if (require.main === module) buildClient({ dev: process.argv.includes('--dev') });
