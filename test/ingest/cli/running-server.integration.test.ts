// `npm run ingest` beside a running explorer: it writes through the explorer's embedded Neo4j, which then shows the article.
import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWhosaid, untilReady, type ReadyWhosaid } from '../../support/whosaid-process';
import { runIngestCli } from '../support';

describe('ingest command line beside a running explorer (integration)', function () {
  this.timeout(600_000);
  let dataDir: string;
  let folder: string;
  let whosaid: ReadyWhosaid | undefined;

  before(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-running-server-'));
    folder = mkdtempSync(path.join(os.tmpdir(), 'whosaid-running-server-input-'));
    whosaid = await untilReady(runWhosaid({ WHOSAID_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', PORT: '0' }));
  });
  after(async () => {
    if (whosaid) {
      whosaid.child.kill('SIGINT');
      await whosaid.exit;
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  });

  it('When the explorer runs on the embedded Neo4j, then the command writes through it and the explorer shows the new article without a restart', async () => {
    const listed = async () => (await (await fetch(`${whosaid!.base}/api/articles?limit=100`)).json()).articles as { title: string | null }[];
    expect((await listed()).map((article) => article.title)).not.to.include('Peskov on the grain deal');
    const file = path.join(folder, 'grain.txt');
    writeFileSync(file, 'Kremlin spokesman Dmitry Peskov said on Tuesday that Russia would not return to the grain deal. '
      + '"There is no question of it," Peskov told reporters in Moscow.\n');
    writeFileSync(path.join(folder, 'metadata.json'), JSON.stringify({ articles: { 'grain.txt': { title: 'Peskov on the grain deal', date: '2023-07-18' } } }));

    const run = await runIngestCli([file], { embedded: { WHOSAID_DATA_DIR: dataDir } });
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.match(/the running embedded Neo4j at bolt:\/\/127\.0\.0\.1:\d+ \(user neo4j, password in .*credentials\.json\)/);
    expect(run.stderr).not.to.match(/starting it/);
    expect((await listed()).map((article) => article.title)).to.include('Peskov on the grain deal');
  });
});
