// Loading one article into the real Neo4j: one transaction, merged on stable keys, idempotent, provenance kept.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../../server/errors';
import { countGraph } from '../../server/graph/counts';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadArticle, loadExtraction } from '../../server/load/load-article';
import { SEED_DIRECTORY } from '../../server/load/seed';
import { clearDatabase, testDriver, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from './fixtures/small-article';

async function rows(query: string, params: Record<string, unknown> = {}) {
  const result = await testDriver().executeQuery(query, params);
  return result.records.map((record) => record.toObject());
}

describe('load/load-article', () => {
  let db: Database;
  const small = { text: SMALL_ARTICLE_TEXT, file: 'small.txt' };

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
  });
  beforeEach(() => clearDatabase());
  after(() => db.close());

  it('should write the article, its entities with their labels, statements, events and every relationship', async () => {
    const summary = await loadExtraction(db, small, smallArticleExtraction());
    expect(summary.counts).to.deep.equal({ entities: 6, mentions: 6, statements: 2, events: 1 });
    expect(await countGraph(db)).to.deep.include({
      articles: 1, entities: 6, people: 2, organizations: 1, places: 3, statements: 2, events: 1,
      mentions: 6, said: 2, reportedIn: 3, about: 2, actor: 1, target: 1, claims: 1,
    });
    const [peskov] = await rows('MATCH (e:Person {key: "person:dmitry peskov"})-[:SAID]->(s) RETURN e.role AS role, s.quote AS quote');
    expect(peskov).to.deep.equal({ role: 'spokesman', quote: 'We are staying in Kherson forever' });
  });

  it('should store offsets as integers and the dates as Cypher dates', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const [types] = await rows(`MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
      RETURN valueType(s.start) AS start, valueType(a.date) AS date LIMIT 1`);
    expect(types).to.deep.equal({ start: 'INTEGER NOT NULL', date: 'DATE NOT NULL' });
  });

  it('should link every statement to its article, with offsets that slice the article text to its sentence', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const found = await rows(`MATCH (s:Statement)-[:REPORTED_IN]->(a:Article)
      RETURN s.quote AS quote, s.quoteStart AS quoteStart, s.quoteEnd AS quoteEnd,
             s.sentenceStart AS sentenceStart, s.sentenceEnd AS sentenceEnd, a.text AS text`);
    expect(found).to.have.length(2);
    for (const statement of found) {
      const sentence = statement.text.slice(statement.sentenceStart.toNumber(), statement.sentenceEnd.toNumber());
      expect(sentence).to.include(statement.quote);
      expect(statement.text.slice(statement.quoteStart.toNumber(), statement.quoteEnd.toNumber())).to.equal(statement.quote);
    }
  });

  it('should change no count when the same article is loaded again', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const seed = readFileSync(join(SEED_DIRECTORY, '000_c1ffb7a52bcd8d0b.txt'), 'utf8');
    await loadArticle(db, { text: seed, file: '000_c1ffb7a52bcd8d0b.txt' });
    const once = await countGraph(db);
    await loadExtraction(db, small, smallArticleExtraction());
    await loadArticle(db, { text: seed, file: '000_c1ffb7a52bcd8d0b.txt' });
    expect(await countGraph(db)).to.deep.equal(once);
  });

  it('should leave no stale statement, event or entity when the extractor finds less than before', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const less = smallArticleExtraction();
    less.statements = less.statements.filter((statement) => statement.id !== 's2');
    less.events = [];
    less.entities = less.entities.filter((entity) => entity.key !== 'place:lyman' && entity.key !== 'person:volodymyr zelenskyy');
    await loadExtraction(db, small, less);
    const counts = await countGraph(db);
    expect(counts).to.deep.include({ articles: 1, statements: 1, events: 0, entities: 4, claims: 0, actor: 0 });
  });

  it('should keep an entity that another article still links to when one article drops it', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const otherText = `${SMALL_ARTICLE_TEXT} Fighting went on.`;
    await loadExtraction(db, { text: otherText }, smallArticleExtraction(otherText));
    const without = smallArticleExtraction();
    without.entities = without.entities.filter((entity) => entity.key !== 'place:kherson');
    without.statements.forEach((statement) => { statement.about = []; });
    await loadExtraction(db, small, without);
    const [kherson] = await rows('MATCH (e:Entity {key: "place:kherson"}) RETURN count { (e)<-[:MENTIONS]-() } AS articles');
    expect(kherson.articles.toNumber()).to.equal(1);
  });

  it('should merge an entity across articles and union the aliases each gives', async () => {
    await loadExtraction(db, small, smallArticleExtraction());
    const otherText = `${SMALL_ARTICLE_TEXT} Dmitri Peskov repeated it.`;
    const other = smallArticleExtraction(otherText);
    const peskov = other.entities.find((entity) => entity.key === 'person:dmitry peskov');
    peskov?.aliases.push('Dmitri Peskov');
    await loadExtraction(db, { text: otherText }, other);
    const [merged] = await rows('MATCH (e:Entity {key: "person:dmitry peskov"}) RETURN e.aliases AS aliases, count { (e)<-[:MENTIONS]-() } AS articles');
    expect(merged.aliases).to.have.members(['Peskov', 'Dmitri Peskov']);
    expect(merged.articles.toNumber()).to.equal(2);
    expect((await countGraph(db)).people).to.equal(2);
  });

  it('should refuse bad input with an InvalidInputError and write nothing', async () => {
    for (const input of [{ text: '' }, { text: '   ' }, { file: 'a.txt' }, { text: 'x', meta: { date: 'yesterday' } }, null]) {
      let failure: unknown;
      try {
        await loadArticle(db, input);
      } catch (error) {
        failure = error;
      }
      expect(failure, JSON.stringify(input)).to.be.instanceOf(InvalidInputError);
    }
    expect((await countGraph(db)).articles).to.equal(0);
  });

  it('should load an article the extractor finds nothing in, and return the extractor\'s messages', async () => {
    const summary = await loadArticle(db, { text: 'Nothing happened.' });
    expect(summary.counts.statements).to.equal(0);
    expect(summary.messages).to.be.an('array');
    expect((await countGraph(db)).articles).to.equal(1);
  });
});
