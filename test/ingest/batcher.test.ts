// Gathering prepared articles into write batches: by count and size, never one id or source twice in a batch.
import { expect } from 'chai';
import { Batcher } from '../../server/ingest/batcher';
import type { PreparedArticle } from '../../server/ingest/prepare-article';

function article(id: string, source: string | null = null, length = 10): PreparedArticle {
  return { kind: 'prepared', origin: id, words: 2, messages: [], rows: { article: { id, source, length } } } as unknown as PreparedArticle;
}

const ids = (batch: PreparedArticle[] | undefined) => batch?.map((prepared) => prepared.rows.article.id);

describe('ingest/batcher', () => {
  it('When the batch is full by count or by characters, then it is handed over before the next article joins', () => {
    const batcher = new Batcher({ articles: 2, characters: 100 });
    expect(batcher.add(article('a'))).to.equal(undefined);
    expect(batcher.add(article('b'))).to.equal(undefined);
    expect(ids(batcher.add(article('c', null, 95)))).to.deep.equal(['a', 'b']);
    expect(ids(batcher.add(article('d', null, 10)))).to.deep.equal(['c']);
    expect(ids(batcher.take())).to.deep.equal(['d']);
    expect(batcher.take()).to.deep.equal([]);
  });

  it('When an id or a source comes again, then the batch so far is handed over first, so the later text replaces the earlier', () => {
    const batcher = new Batcher({ articles: 100, characters: 1_000_000 });
    batcher.add(article('a', 'url:https://x.test/1'));
    expect(ids(batcher.add(article('b', 'url:https://x.test/1')))).to.deep.equal(['a']);
    expect(ids(batcher.add(article('b', 'url:https://x.test/2')))).to.deep.equal(['b']);
    expect(batcher.add(article('c'))).to.equal(undefined);
  });
});
