// Loading the seed corpus into an empty database, and leaving a loaded database alone.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../server/extract/pipeline';
import { countGraph } from '../../server/graph/counts';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadSeedCorpus, SEED_DIRECTORY } from '../../server/load/seed';
import { clearDatabase, testDriver, testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';

const metadata = JSON.parse(readFileSync(join(SEED_DIRECTORY, 'metadata.json'), 'utf8')).articles as
  Record<string, { title: string; outlet: string; date: string }>;

async function rows(query: string) {
  return (await testDriver().executeQuery(query)).records.map((record) => record.toObject());
}

describe('load/seed', function () {
  // Five articles through the extractor and into Neo4j, on a machine that may be busy.
  this.timeout(120_000);
  let db: Database;
  const progress: string[] = [];

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
    await clearDatabase();
    await loadSeedCorpus(db, { onProgress: (line) => progress.push(line) });
  });
  after(() => db.close());

  it('should load the five seed articles with the title, outlet and date of their metadata', async () => {
    const articles = await rows('MATCH (a:Article) RETURN a.file AS file, a.title AS title, a.outlet AS outlet, toString(a.date) AS date');
    expect(articles).to.have.length(5);
    for (const article of articles) {
      expect(article).to.deep.equal({ file: article.file, ...metadata[article.file] });
    }
  });

  it('should report its progress, one line per article', () => {
    expect(progress.filter((line) => /^seed: \d\/5 \S+\.txt: \d+ entities/.test(line))).to.have.length(5);
  });

  it('should hold exactly the entities and statements the extractor finds in the seed articles', async () => {
    const expected = { entities: new Set<string>(), statements: 0 };
    for (const file of Object.keys(metadata)) {
      const extraction = extract(readFileSync(join(SEED_DIRECTORY, file), 'utf8'), metadata[file]);
      extraction.entities.forEach((entity) => expected.entities.add(entity.name));
      expected.statements += extraction.statements.length;
    }
    const names = (await rows('MATCH (e:Entity)<-[:MENTIONS]-() RETURN DISTINCT e.name AS name')).map((row) => row.name);
    expect(names).to.have.members([...expected.entities]);
    expect((await countGraph(db)).statements).to.equal(expected.statements);
  });

  it('should hold the people and places the seed is about, with the labels of their type', async () => {
    const found = await rows(`MATCH (e:Entity) WHERE e.name IN ['Vladimir Putin', 'Dmitry Peskov', 'Volodymyr Zelenskyy', 'Kherson', 'Lyman']
      RETURN e.name AS name, [label IN labels(e) WHERE label <> 'Entity'] AS labels ORDER BY name`);
    expect(found).to.deep.equal([
      { name: 'Dmitry Peskov', labels: ['Person'] },
      { name: 'Kherson', labels: ['Place'] },
      { name: 'Lyman', labels: ['Place'] },
      { name: 'Vladimir Putin', labels: ['Person'] },
      { name: 'Volodymyr Zelenskyy', labels: ['Person'] },
    ]);
    const [speakers] = await rows('MATCH (p:Person)-[:SAID]->(:Statement) RETURN count(DISTINCT p) AS people');
    expect(Number(speakers.people)).to.be.greaterThan(0);
  });

  it('should give every statement and event exactly one article, and offsets that slice its text to the sentence', async () => {
    const facts = await rows(`MATCH (f) WHERE f:Statement OR f:Event
      RETURN f.id AS id, f.start AS start, f.end AS end, f.sentenceStart AS sentenceStart, f.sentenceEnd AS sentenceEnd,
             [(f)-[:REPORTED_IN]->(a:Article) | a.text] AS texts`);
    for (const fact of facts) {
      expect(fact.texts, fact.id).to.have.length(1);
      const [text] = fact.texts as string[];
      const [start, end, sentenceStart, sentenceEnd] = [fact.start, fact.end, fact.sentenceStart, fact.sentenceEnd].map(Number);
      expect(0 <= sentenceStart && sentenceStart <= start && end <= sentenceEnd && sentenceEnd <= text.length, fact.id).to.equal(true);
      expect(text.slice(sentenceStart, sentenceEnd).trim(), fact.id).not.to.equal('');
    }
  });

  it('should load nothing again when the database already holds articles', async () => {
    const before = await countGraph(db);
    const lines: string[] = [];
    const result = await loadSeedCorpus(db, { onProgress: (line) => lines.push(line) });
    expect(result).to.deep.equal({ skipped: true, loaded: [] });
    expect(lines).to.deep.equal(['seed: the database already holds 5 article(s); nothing loaded']);
    expect(await countGraph(db)).to.deep.equal(before);
  });
});
