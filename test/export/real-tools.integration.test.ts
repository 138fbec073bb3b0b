// Proof that real tools read the exports: networkx reads the GraphML and GEXF, and the Cypher script rebuilds the graph
// in Neo4j; a hostile article is loaded throughout, so its text must come out intact and inert in each.
import { expect } from 'chai';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GraphPayload } from '../../server/contract';
import { clearDatabase, testDriver } from '../support/database';
import { snapshot } from './support/snapshot';
import { HOSTILE_ARTICLE_TEXT, hostileExtraction, HOSTILE_QUOTE, HOSTILE_SPEAKER } from './fixtures/hostile-article';
import { readWithNetworkx } from './support/networkx';
import { download, startExportWorld, type ExportWorld } from './support/export-api';
import { loadExtraction } from '../../server/load/load-article';

/** What XML 1.0 can carry of a string: the same, with its forbidden control characters replaced. */
const inXml = (text: string) => text.replace(/[\u0001\u000b\u001f]/g, '\uFFFD');

describe('Exports read by real tools', () => {
  let world: ExportWorld;
  let folder: string;
  let whole: GraphPayload['elements'];
  const statementId = () => `${world.hostileArticle}:s1`;

  before(async () => {
    world = await startExportWorld();
    folder = await mkdtemp(path.join(os.tmpdir(), 'whosaid-export-'));
    whole = (JSON.parse((await download(world.api, '/api/export?format=cytoscape')).text) as GraphPayload).elements;
  });
  after(async () => {
    await world.stop();
    await rm(folder, { recursive: true, force: true });
  });

  for (const kind of ['graphml', 'gexf'] as const) {
    it(`When networkx reads the ${kind.toUpperCase()} export, then it finds the same nodes, edges and typed attributes`, async () => {
      const file = path.join(folder, `graph.${kind}`);
      await writeFile(file, (await download(world.api, `/api/export?format=${kind}`)).bytes);
      const read = await readWithNetworkx(kind, file, [statementId(), 'person:dmitry peskov', 'place:kherson', world.hostileArticle]);
      expect(read).to.deep.include({ directed: true, nodes: whole.nodes.length, edges: whole.edges.length });
      expect(read.edgeTypes).to.deep.equal([...new Set(whole.edges.map((edge) => edge.data.type))].sort());
      const statement = read.attributes[statementId()];
      expect(statement).to.include({ quote: inXml(HOSTILE_QUOTE), speaker: HOSTILE_SPEAKER, kind: 'direct', start: 41, articleDate: '2022-11-01' });
      expect(statement.label).to.equal(inXml(HOSTILE_QUOTE));
      expect(read.attributes['place:kherson']).to.include({ lat: 46.6354, lon: 32.6169, type: 'place' });
      expect(read.attributes[world.hostileArticle]).to.include({ outlet: '@Outlet <script>alert(1)</script>', date: '2022-11-01', type: 'article' });
      const aliases = read.attributes['person:dmitry peskov'].aliases;
      expect(kind === 'graphml' ? aliases : JSON.parse(String(aliases))).to.deep.equal(kind === 'graphml' ? 'Peskov' : ['Peskov']);
    });
  }

  it('When the Cypher script is replayed into an emptied Neo4j, then it rebuilds the same nodes, labels, properties and relationships', async () => {
    const script = (await download(world.api, '/api/export?format=cypher')).text;
    const before = await snapshot(testDriver());
    await clearDatabase();
    const statements = script.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements.every((line) => line.endsWith(';'))).to.equal(true);
    for (const statement of statements) await testDriver().executeQuery(statement.slice(0, -1));
    const after = await snapshot(testDriver());
    expect(after.nodes).to.deep.equal(before.nodes);
    expect(after.relationships).to.deep.equal(before.relationships);
    const { records } = await testDriver().executeQuery('MATCH (s:Statement {id: $id}) RETURN s.quote AS quote', { id: statementId() });
    expect(records[0].get('quote')).to.equal(HOSTILE_QUOTE);
    // Put the articles back as the loader writes them, for the tests that follow.
    await clearDatabase();
    await loadExtraction(world.db, { text: HOSTILE_ARTICLE_TEXT, file: 'hostile.txt' }, hostileExtraction());
  });
});
