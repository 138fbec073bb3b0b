// Unit tests of reading an article file for the command line: bad bytes are named, missing files are refused.
import { expect } from 'chai';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readArticle, UnusableInputError } from '../../../server/extract/read-article';

describe('readArticle', () => {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-read-'));

  it('When the file does not exist or is a folder, then an UnusableInputError is thrown', () => {
    expect(() => readArticle(join(folder, 'missing.txt'))).to.throw(UnusableInputError);
    mkdirSync(join(folder, 'sub'));
    expect(() => readArticle(join(folder, 'sub'))).to.throw(UnusableInputError);
  });

  it('When the bytes are not valid UTF-8, then they are replaced and a warning names the problem', () => {
    writeFileSync(join(folder, 'bad.txt'), Buffer.from([0x4b, 0x79, 0x69, 0x76, 0xff, 0xfe, 0x20, 0x73]));
    const article = readArticle(join(folder, 'bad.txt'));
    expect(article.text).to.equal('Kyiv\ufffd\ufffd s');
    expect(article.messages.map((m) => m.ruleId)).to.deep.equal(['input/invalid-utf8']);
  });

  it('When a metadata.json sidecar lists the file, then its metadata is returned; a broken sidecar is a warning', () => {
    writeFileSync(join(folder, 'a.txt'), 'Text.');
    writeFileSync(join(folder, 'metadata.json'), JSON.stringify({ articles: { 'a.txt': { outlet: 'Example News' } } }));
    expect(readArticle(join(folder, 'a.txt')).sidecar).to.deep.equal({ outlet: 'Example News' });
    writeFileSync(join(folder, 'metadata.json'), '{ not json');
    expect(readArticle(join(folder, 'a.txt')).messages.map((m) => m.ruleId)).to.deep.equal(['input/bad-sidecar']);
  });
});
