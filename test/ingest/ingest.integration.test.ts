// The ingest against the real Neo4j: idempotent re-ingest, replace by URL or file, bad input isolated, all or nothing.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { countGraph } from '../../server/graph/counts';
import { ingest } from '../../server/ingest/ingest';
import { prepareArticle, type PreparedArticle } from '../../server/ingest/prepare-article';
import type { Preparer } from '../../server/ingest/preparers';
import type { ArticleResult } from '../../server/ingest/article-result';
import { SEED_DIRECTORY } from '../../server/load/seed';
import { testDriver } from '../support/database';
import { variedArticles, writeJsonLines } from './fixtures/corpus';
import { jsonError, PESKOV, ZELENSKY } from './fixtures/texts';
import { graphShape, ingestInputs, ingestPaths, textArticle, useIngestWorkspace } from './support';


describe('ingest (integration)', () => {
  const workspace = useIngestWorkspace();

  it('When one corpus is ingested three times, then the counts stay the same and later runs find every article unchanged', async () => {
    const feed = writeJsonLines(path.join(workspace.folder, 'feed.jsonl'), variedArticles(12));
    const first = await ingestPaths(workspace.db, [feed, SEED_DIRECTORY]);
    expect(first.map((result) => result.status)).to.deep.equal(Array(17).fill('loaded'));
    const once = await countGraph(workspace.db);
    const shape = await graphShape();
    for (let run = 2; run <= 3; run++) {
      const again = await ingestPaths(workspace.db, [feed, SEED_DIRECTORY]);
      expect(again.map((result) => result.status)).to.deep.equal(Array(17).fill('unchanged'));
      expect(await countGraph(workspace.db)).to.deep.equal(once);
    }
    expect(await graphShape()).to.deep.equal(shape);
    expect(once.articles).to.equal(17);
  });

  it('When the same URL comes with a new text, then the old article, its facts and the entities only it named are gone', async () => {
    const url = 'https://news.example/kherson';
    await ingestInputs(workspace.db, [textArticle('v1', PESKOV, { url }), textArticle('other', ZELENSKY)]);
    const [result] = await ingestInputs(workspace.db, [textArticle('v2', ZELENSKY.replace('Crimea', 'Donbas'), { url: `${url}#comments` })]);
    expect(result.status).to.equal('replaced');
    expect(result.replaced).to.have.length(1);
    const { records } = await testDriver().executeQuery(`MATCH (a:Article) OPTIONAL MATCH (a)<-[:REPORTED_IN]-(s:Statement)
      RETURN a.source AS source, collect(s.quote) AS quotes ORDER BY source`);
    // Ascending order puts null last.
    expect(records.map((record) => [record.get('source'), record.get('quotes')])).to.deep.equal([
      [`url:${url}`, ['Ukraine would return to Donbas']],
      [null, ['Ukraine would return to Crimea']],
    ]);
    const peskov = await testDriver().executeQuery('MATCH (e:Entity) WHERE e.key CONTAINS "peskov" OR e.key CONTAINS "kherson" RETURN e.key');
    expect(peskov.records).to.have.length(0);
  });

  it('When a file is ingested again with a new text, then the new text replaces the old one', async () => {
    const file = path.join(workspace.folder, 'report.txt');
    writeFileSync(file, PESKOV);
    await ingestPaths(workspace.db, [file]);
    writeFileSync(file, ZELENSKY);
    const [result] = await ingestPaths(workspace.db, [file]);
    expect(result.status).to.equal('replaced');
    const { records } = await testDriver().executeQuery('MATCH (a:Article) RETURN a.text AS text, a.file AS file');
    expect(records.map((record) => record.toObject())).to.deep.equal([{ text: ZELENSKY, file }]);
  });

  it('When articles come as JSON Lines with ISO date-times, then the day is a date and the moment a datetime', async () => {
    await ingestInputs(workspace.db, [textArticle('a', PESKOV, { date: '2022-01-25T09:00:00Z' }), textArticle('b', ZELENSKY, { date: 'Nov. 9, 2022' })]);
    const { records } = await testDriver().executeQuery(`MATCH (a:Article)
      RETURN toString(a.date) AS date, toString(a.publishedAt) AS at, valueType(a.date) AS type ORDER BY date`);
    expect(records.map((record) => record.toObject())).to.deep.equal([
      { date: '2022-01-25', at: '2022-01-25T09:00:00Z', type: 'DATE NOT NULL' },
      { date: '2022-11-09', at: null, type: 'DATE NOT NULL' },
    ]);
  });

  it('When bad files sit among good ones, then each is reported by name with its reason, the rest load and nothing stored is lost', async () => {
    await ingestInputs(workspace.db, [textArticle('stored before', ZELENSKY)]);
    const before = await countGraph(workspace.db);
    const files: Record<string, string | Buffer> = {
      'good.txt': PESKOV,
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Kremlin spokesman Dmitry Peskov said the talks in K\xf6ln had ended.', 'latin1'),
      'big.txt': 'war '.repeat(1_300_000),
      'russian.txt': 'Пресс-секретарь Кремля Дмитрий Песков заявил во вторник, что Россия останется в Херсоне навсегда.',
      'broken.html': '<html><body><div><p>Kremlin spokesman Dmitry Peskov said that talks <b>would go on <p>in Istanbul next week',
      'feed.jsonl': `${JSON.stringify({ text: ZELENSKY.replace('Crimea', 'Kyiv') })}\n{"text": "unterminated\n`,
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(workspace.folder, name), content);
    const results = await ingestPaths(workspace.db, [workspace.folder]);
    const byOrigin = new Map(results.map((result) => [path.relative(workspace.folder, result.origin.replace(/ line \d+$/, '')) + (result.origin.match(/ line \d+$/)?.[0] ?? ''), result]));
    const failures = Object.fromEntries(results.filter((r) => r.status === 'failed').map((r) => [path.basename(r.origin), r.reason]));
    expect(failures).to.deep.equal({
      'empty.txt': 'empty: no text to extract',
      'binary.txt': 'binary data (NUL bytes), not text',
      'big.txt': 'too large: 5.2 MB of text (the limit is 1.0 MB; see --max-size)',
      'feed.jsonl line 2': `not valid JSON (${jsonError('{"text": "unterminated')})`,
    });
    expect(byOrigin.get('good.txt')?.status).to.equal('loaded');
    expect(byOrigin.get('broken.html')?.status).to.equal('loaded');
    expect(byOrigin.get('feed.jsonl line 1')?.status).to.equal('loaded');
    expect(ruleIds(byOrigin.get('latin1.txt'))).to.include('input/invalid-utf8');
    expect(ruleIds(byOrigin.get('russian.txt'))).to.include('input/not-english');
    const after = await countGraph(workspace.db);
    expect(after.articles).to.equal(before.articles + 5);
    const latin1 = await testDriver().executeQuery('MATCH (a:Article) WHERE a.text CONTAINS "Köln" RETURN count(a) AS n');
    expect(latin1.records[0].get('n').toNumber()).to.equal(1);
  });

  it('When one article of a batch cannot be written, then it alone fails and the others of its batch are stored complete', async () => {
    const good = ['one', 'two', 'three'].map((name, index) => prepareArticle(textArticle(name, `${PESKOV} Copy ${index}.`) as never) as PreparedArticle);
    const bad = prepareArticle(textArticle('bad', ZELENSKY) as never) as PreparedArticle;
    bad.rows.article.publishedAt = 'not a date-time';
    const queue = [good[0], bad, good[1], good[2]];
    const preparer: Preparer = { prepare: async () => queue.shift()!, close: async () => undefined };
    const results: ArticleResult[] = [];
    await ingest((async function* () { for (let i = 0; i < 4; i++) yield textArticle(`input ${i}`, 'x'); })(), { preparer, db: workspace.db, onResult: (r) => results.push(r) });
    expect(results.map((result) => `${result.origin}: ${result.status}`).sort()).to.deep.equal(['bad: failed', 'one: loaded', 'three: loaded', 'two: loaded']);
    expect(results.find((result) => result.origin === 'bad')?.reason).to.match(/^not written: Neo\.ClientError/);
    const counts = await countGraph(workspace.db);
    expect(counts).to.include({ articles: 3, statements: 3, reportedIn: 3 });
  });
});

function ruleIds(result: ArticleResult | undefined): string[] {
  return result?.messages.map((message) => message.ruleId) ?? [];
}
