// Everything the command line was given, as one stream of raw articles: files, folders, JSON Lines, standard input.
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { failed, type RawInput } from '../raw-article';
import { decodeArticleBytes } from './decode';
import { readArticleFile } from './file-articles';
import { jsonLineArticles } from './jsonl-articles';
import { expandPaths, type ArticleFile } from './paths';
import { Sidecars } from './sidecars';

/** The path that names standard input. */
export const STDIN = '-';

export interface Inputs {
  /** How many articles there are, counted ahead (JSON Lines by their lines); undefined when reading standard input. */
  total: number | undefined;
  items: AsyncIterable<RawInput>;
}

/** Throws MissingPathError for a path that does not exist, before anything is read. */
export async function inputsFrom(paths: string[], stdin: Readable = process.stdin): Promise<Inputs> {
  const readsStdin = paths.includes(STDIN);
  const files = await expandPaths(paths.filter((given) => given !== STDIN));
  const counted = await Promise.all(files.map((file) => (file.kind === 'jsonl' ? countLines(file.path) : 1)));
  return {
    total: readsStdin ? undefined : counted.reduce((sum, count) => sum + count, 0),
    items: readAll(files, readsStdin ? stdin : undefined),
  };
}

async function* readAll(files: ArticleFile[], stdin: Readable | undefined): AsyncGenerator<RawInput> {
  if (stdin) yield* standardInput(stdin);
  const sidecars = new Sidecars();
  for (const file of files) {
    if (file.kind === 'jsonl') yield* jsonLineArticles(createReadStream(file.path, 'utf8'), file.path);
    else yield await readArticleFile(file.path, file.kind, sidecars);
  }
}

/** Standard input holds JSON Lines when it opens with "{", an HTML page when it opens with "<", else one article's text. */
async function* standardInput(stdin: Readable): AsyncGenerator<RawInput> {
  const chunks: Buffer[] = [];
  const iterator = stdin[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    chunks.push(Buffer.from(next.value));
    const opening = Buffer.concat(chunks).subarray(0, 64).toString('utf8').trimStart();
    if (opening.startsWith('{')) {
      yield* jsonLineArticles(Readable.from(replay(chunks, iterator)), 'stdin');
      return;
    }
    if (opening !== '') break;
  }
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) chunks.push(Buffer.from(next.value));
  const decoded = decodeArticleBytes(Buffer.concat(chunks));
  if ('refused' in decoded) {
    yield failed('stdin', decoded.refused);
    return;
  }
  const format = decoded.text.trimStart().startsWith('<') ? 'html' : 'text';
  yield { kind: 'article', origin: 'stdin', format, body: decoded.text, meta: {}, messages: decoded.messages };
}

/** The chunks already read, then the rest of the stream. */
async function* replay(chunks: Buffer[], rest: AsyncIterator<unknown>): AsyncGenerator<Buffer> {
  yield* chunks;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(next.value as Buffer);
}

/** Lines that hold more than white space: the articles a JSON Lines file offers (blank lines are skipped). */
async function countLines(file: string): Promise<number> {
  let lines = 0;
  let content = false;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) {
      if (byte === 10) {
        if (content) lines++;
        content = false;
      } else if (byte !== 32 && byte !== 9 && byte !== 13) content = true;
    }
  }
  return content ? lines + 1 : lines;
}
