// The rows the loader writes for one article, built from an extraction without touching Neo4j.
import { expect } from 'chai';
import { articleRows } from '../../server/load/article-rows';
import { articleId } from '../../server/load/article-id';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from './fixtures/small-article';

describe('load/article-rows', () => {
  const source = { text: SMALL_ARTICLE_TEXT, file: 'small.txt' };

  it('should key the article on a hash of its text, the same for the same text and different for another', () => {
    const rows = articleRows(source, smallArticleExtraction());
    expect(rows.article.id).to.match(/^[0-9a-f]{16}$/);
    expect(rows.article.id).to.equal(articleId(SMALL_ARTICLE_TEXT));
    expect(articleId(`${SMALL_ARTICLE_TEXT} `)).not.to.equal(rows.article.id);
  });

  it('should take title, outlet and date from the extraction and keep the whole text', () => {
    const { article } = articleRows(source, smallArticleExtraction());
    expect(article).to.include({ title: 'Kremlin vows to hold Kherson', outlet: 'Invented Wire', date: '2022-11-01', file: 'small.txt' });
    expect(article.text).to.equal(SMALL_ARTICLE_TEXT);
    expect(article.length).to.equal(SMALL_ARTICLE_TEXT.length);
  });

  it('should prefix statement and event ids with the article id, so ids from different articles never collide', () => {
    const rows = articleRows(source, smallArticleExtraction());
    expect(rows.statements.map((row) => row.id)).to.deep.equal([`${rows.article.id}:s1`, `${rows.article.id}:s2`]);
    expect(rows.events.map((row) => row.id)).to.deep.equal([`${rows.article.id}:e1`]);
  });

  it('should give every statement the offsets of its sentence, which slice the text to that sentence', () => {
    const rows = articleRows(source, smallArticleExtraction());
    const { sentenceStart, sentenceEnd } = rows.statements[0].properties;
    expect(SMALL_ARTICLE_TEXT.slice(sentenceStart, sentenceEnd)).to.equal('"We are staying in Kherson forever," Peskov told reporters.');
  });

  it('should widen the sentence span to every sentence a quotation of several sentences reaches', () => {
    const extraction = smallArticleExtraction();
    const [first, second] = extraction.sentences;
    Object.assign(extraction.statements[0], { start: first.start + 8, end: second.end - 1, sentence: 0 });
    const { sentenceStart, sentenceEnd } = articleRows(source, extraction).statements[0].properties;
    expect([sentenceStart, sentenceEnd]).to.deep.equal([first.start, second.end]);
  });

  it('should link a claimed event to the statement of its claimant that contains it', () => {
    const rows = articleRows(source, smallArticleExtraction());
    expect(rows.events[0].claimId).to.equal(`${rows.article.id}:s2`);
  });

  it('should carry the claiming statement\'s stance toward the event, and none for an event the article itself tells', () => {
    const extraction = smallArticleExtraction();
    expect(articleRows(source, extraction).events[0].stance).to.equal('asserts');
    extraction.events[0].stance = 'denies';
    expect(articleRows(source, extraction).events[0].stance).to.equal('denies');
    extraction.events[0].claimedByKey = undefined;
    expect(articleRows(source, extraction).events[0].stance).to.equal(null);
  });

  it('should load a denied claim as an event with its modality', () => {
    const extraction = smallArticleExtraction();
    extraction.disputed = [{ ...extraction.events[0], id: 'e2', modality: 'denied', stance: 'denies' }];
    const rows = articleRows(source, extraction);
    expect(rows.events.map((row) => [row.id.split(':')[1], row.properties.modality, row.stance])).to.deep.equal([['e1', 'reported', 'asserts'], ['e2', 'denied', 'denies']]);
  });

  it('should leave a claimed event unlinked when its claimant made no statement in the article', () => {
    const extraction = smallArticleExtraction();
    extraction.events[0].claimedByKey = 'person:someone else';
    expect(articleRows(source, extraction).events[0].claimId).to.equal(null);
  });

  it('should count mentions and keep their offsets as flat start, end pairs', () => {
    const kherson = articleRows(source, smallArticleExtraction()).mentions.find((row) => row.key === 'place:kherson');
    expect(kherson?.count).to.equal(2);
    const [firstStart, firstEnd] = kherson?.offsets ?? [];
    expect(SMALL_ARTICLE_TEXT.slice(firstStart, firstEnd)).to.equal('Kherson');
  });

  it('should give each entity its label, role, affiliation and coordinates', () => {
    const rows = articleRows(source, smallArticleExtraction());
    expect(rows.entities.find((row) => row.key === 'person:dmitry peskov'))
      .to.include({ label: 'Person', role: 'spokesman', affiliation: 'Kremlin' });
    expect(rows.entities.find((row) => row.key === 'place:kherson')).to.include({ label: 'Place', lat: 46.6354, lon: 32.6169 });
  });

  it('should add an entity that a statement refers to but the extraction does not list, with a message', () => {
    const extraction = smallArticleExtraction();
    extraction.statements[0].viaKey = 'organization:associated press';
    extraction.statements[0].via = 'Associated Press';
    const rows = articleRows(source, extraction);
    expect(rows.entities.find((row) => row.key === 'organization:associated press'))
      .to.include({ name: 'Associated Press', label: 'Organization' });
    expect(rows.messages.map((message) => message.ruleId)).to.include('load:unlisted-entity');
  });

  it('should store an impossible event date as no date, with a message instead of failing the load', () => {
    const extraction = smallArticleExtraction();
    extraction.events[0].date = '2022-02-30';
    const rows = articleRows(source, extraction);
    expect(rows.events[0].date).to.equal(null);
    expect(rows.messages.map((message) => message.ruleId)).to.include('load:event-date');
  });

  it('should fall back to the finding\'s own span, with a message, when its sentence index is unknown', () => {
    const extraction = smallArticleExtraction();
    extraction.statements[0].sentence = 99;
    const rows = articleRows(source, extraction);
    expect(rows.statements[0].properties).to.include({ sentenceStart: extraction.statements[0].start, sentenceEnd: extraction.statements[0].end });
    expect(rows.messages.map((message) => message.ruleId)).to.include('load:unknown-sentence');
  });
});
