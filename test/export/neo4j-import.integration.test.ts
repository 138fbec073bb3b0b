// Proof that the neo4j-admin CSVs are what Neo4j's own import tool reads: imported into a fresh database, they rebuild the graph.
import { expect } from 'chai';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { importCsv } from '../../server/embedded-neo4j/import-tool';
import { startEmbeddedNeo4j } from '../../server/embedded-neo4j/start';
import { IMPORT_OPTIONS } from '../../server/export/neo4j-csv';
import { testDriver } from '../support/database';
import { HOSTILE_QUOTE } from './fixtures/hostile-article';
import { download, startExportWorld, unzipText, type ExportWorld } from './support/export-api';
import { snapshot } from './support/snapshot';

describe('neo4j-admin CSV export, imported by neo4j-admin database import', () => {
  let world: ExportWorld;
  let folder: string;
  before(async () => {
    world = await startExportWorld();
    folder = await mkdtemp(path.join(os.tmpdir(), 'whosaid-import-'));
  });
  after(async () => {
    await world.stop();
    await rm(folder, { recursive: true, force: true });
  });

  it('When the zip is imported into an empty database, then it holds the same nodes, labels, properties and relationships', async function () {
    this.timeout(600_000);
    const files = unzipText((await download(world.api, '/api/export?format=neo4j-csv')).bytes);
    const csv = path.join(folder, 'csv');
    await mkdir(csv);
    for (const [name, text] of files) await writeFile(path.join(csv, name), text);
    const names = [...files.keys()];
    expect(files.get('import.sh')).to.include('neo4j-admin database import full neo4j');

    const home = path.join(folder, 'home');
    await importCsv({
      home, options: IMPORT_OPTIONS, log: () => undefined,
      nodes: names.filter((name) => name.startsWith('nodes-')).map((name) => path.join(csv, name)),
      relationships: names.filter((name) => name.startsWith('relationships-')).map((name) => path.join(csv, name)),
    });

    const imported = await startEmbeddedNeo4j({ dataDir: home, heapMiB: 256, pageCacheMiB: 32, quickJit: true, log: () => undefined });
    const driver = neo4j.driver(imported.uri, neo4j.auth.basic(imported.user, imported.password));
    try {
      const same = { emptyListsAsMissing: true };
      const [source, copy] = [await snapshot(testDriver(), same), await snapshot(driver, same)];
      expect(copy.nodes).to.deep.equal(source.nodes);
      expect(copy.relationships).to.deep.equal(source.relationships);
      const { records } = await driver.executeQuery('MATCH (s:Statement) WHERE s.quote = $quote RETURN s.start AS start', { quote: HOSTILE_QUOTE });
      expect(records).to.have.length(1);
    } finally {
      await driver.close();
      await imported.stop();
    }
  });
});
