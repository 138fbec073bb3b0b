// A file's bytes as text: UTF-8 when valid, Windows-1252 with a warning otherwise, binary refused.
import { expect } from 'chai';
import { decodeArticleBytes } from '../../../server/ingest/sources/decode';

describe('ingest/sources/decode', () => {
  it('When the bytes are UTF-8 (with a byte-order mark), then the text is read without the mark and without messages', () => {
    expect(decodeArticleBytes(Buffer.from('\ufeffKyiv — “we will win”', 'utf8'))).to.deep.equal({ text: 'Kyiv — “we will win”', messages: [] });
  });

  it('When the bytes are not valid UTF-8, then they are read as Windows-1252 and a warning says so', () => {
    const decoded = decodeArticleBytes(Buffer.from([0x4b, 0x79, 0x69, 0x76, 0x20, 0x93, 0x77, 0x69, 0x6e, 0x94]));
    expect(decoded).to.have.property('text', 'Kyiv “win”');
    expect((decoded as { messages: { ruleId: string }[] }).messages.map((m) => m.ruleId)).to.deep.equal(['input/invalid-utf8']);
  });

  it('When the bytes hold NUL bytes, then they are refused as binary data', () => {
    expect(decodeArticleBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]))).to.deep.equal({ refused: 'binary data (NUL bytes), not text' });
  });
});
