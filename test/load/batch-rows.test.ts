// The rows of a batch of articles: one row per entity key with aliases gathered, every list in key order.
import { expect } from 'chai';
import { articleRows } from '../../server/load/article-rows';
import { batchRows } from '../../server/load/batch-rows';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from './fixtures/small-article';

describe('load/batch-rows', () => {
  function twoArticles() {
    const first = smallArticleExtraction();
    const second = smallArticleExtraction(`${SMALL_ARTICLE_TEXT} `);
    const peskov = second.entities.find((entity) => entity.key === 'person:dmitry peskov')!;
    peskov.aliases = [...peskov.aliases, 'Mr Peskov'];
    return [articleRows({ text: SMALL_ARTICLE_TEXT }, first), articleRows({ text: `${SMALL_ARTICLE_TEXT} ` }, second)];
  }

  it('When two articles name the same entity, then the batch has one row for it with the aliases of both', () => {
    const batch = batchRows(twoArticles());
    const peskovRows = batch.entities.filter((entity) => entity.key === 'person:dmitry peskov');
    expect(peskovRows).to.have.length(1);
    expect(peskovRows[0].aliases).to.include('Mr Peskov');
    expect(new Set(batch.entities.map((entity) => entity.key)).size).to.equal(batch.entities.length);
  });

  it('When a batch is built, then articles, entities and mentions are in key order and each fact row names its article', () => {
    const rows = twoArticles();
    const batch = batchRows([...rows].reverse());
    const sorted = (keys: string[]) => [...keys].sort();
    expect(batch.articles.map((article) => article.id)).to.deep.equal(sorted(rows.map((r) => r.article.id)));
    expect(batch.entities.map((entity) => entity.key)).to.deep.equal(sorted(batch.entities.map((entity) => entity.key)));
    const mentionKeys = batch.mentions.map((mention) => `${mention.key}\u0000${mention.articleId}`);
    expect(mentionKeys).to.deep.equal(sorted(mentionKeys));
    expect(batch.statements).to.have.length(rows[0].statements.length * 2);
    for (const statement of batch.statements) expect(statement.id.startsWith(`${statement.articleId}:`)).to.equal(true);
  });
});
