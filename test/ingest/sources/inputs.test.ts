// What the command line reads: folders recursively in order, sidecar metadata, JSON Lines counted ahead, standard input.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { RawInput } from '../../../server/ingest/raw-article';
import { inputsFrom } from '../../../server/ingest/sources/inputs';
import { MissingPathError } from '../../../server/ingest/sources/paths';

async function all(items: AsyncIterable<RawInput>): Promise<RawInput[]> {
  const read: RawInput[] = [];
  for await (const item of items) read.push(item);
  return read;
}

describe('ingest/sources/inputs', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'whosaid-inputs-'));
    mkdirSync(path.join(folder, 'b-sub'));
    writeFileSync(path.join(folder, 'a.txt'), 'First.');
    writeFileSync(path.join(folder, 'metadata.json'), JSON.stringify({ articles: { 'a.txt': { title: 'A', date: 'Nov. 9, 2022' } } }));
    writeFileSync(path.join(folder, 'b-sub', 'page.html'), '<p>Second.</p>');
    writeFileSync(path.join(folder, 'c.jsonl'), '{"text": "Third."}\n\n  \n{"text": "Fourth."}');
    writeFileSync(path.join(folder, 'notes.pdf'), 'not an article');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('When a folder is given, then its article files are read recursively in order, with sidecar metadata and the total counted ahead', async () => {
    const inputs = await inputsFrom([folder]);
    expect(inputs.total).to.equal(4);
    const items = await all(inputs.items);
    expect(items.map((item) => [path.relative(folder, item.origin), item.kind === 'article' ? item.format : item.kind])).to.deep.equal([
      ['a.txt', 'text'], [path.join('b-sub', 'page.html'), 'html'], ['c.jsonl line 1', 'text'], ['c.jsonl line 4', 'text'],
    ]);
    expect(items[0]).to.deep.include({ meta: { title: 'A', date: 'Nov. 9, 2022' }, file: path.join(folder, 'a.txt') });
  });

  it('When "-" is given, then standard input is read as JSON Lines when it opens with "{", else as one article', async () => {
    const lines = await inputsFrom(['-'], Readable.from(['\n{"text": "One."}\n', '{"text": "Two."}\n']));
    expect(lines.total).to.equal(undefined);
    expect((await all(lines.items)).map((item) => item.origin)).to.deep.equal(['stdin line 2', 'stdin line 3']);
    const text = await inputsFrom(['-'], Readable.from(['Kremlin spokesman ', 'Dmitry Peskov said so.']));
    expect(await all(text.items)).to.deep.equal([{ kind: 'article', origin: 'stdin', format: 'text', body: 'Kremlin spokesman Dmitry Peskov said so.', meta: {}, messages: [] }]);
  });

  it('When a path does not exist, then a MissingPathError names it before anything is read', async () => {
    let caught: unknown;
    await inputsFrom([folder, path.join(folder, 'missing')]).catch((error) => (caught = error));
    expect(caught).to.be.instanceOf(MissingPathError);
    expect((caught as Error).message).to.equal(`no such file or folder: ${path.join(folder, 'missing')}`);
  });
});
