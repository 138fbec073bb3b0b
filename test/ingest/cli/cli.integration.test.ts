// `npm run ingest` as a process against the test Neo4j: summary, exit status, options, standard input, progress.
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { countGraph } from '../../../server/graph/counts';
import { SEED_DIRECTORY } from '../../../server/load/seed';
import { clearDatabase } from '../../support/database';
import { variedArticles, writeJsonLines } from '../fixtures/corpus';
import { runIngestCli, useIngestWorkspace } from '../support';

describe('ingest command line (integration)', function () {
  this.timeout(180_000);
  const workspace = useIngestWorkspace();

  it('When a folder and a JSON Lines file with a bad line are ingested, then the summary counts them and the status is 1', async () => {
    const feed = path.join(workspace.folder, 'feed.jsonl');
    writeFileSync(feed, `${JSON.stringify(variedArticles(1)[0])}\nnot json\n`);
    const run = await runIngestCli([SEED_DIRECTORY, feed]);
    expect(run.code, run.stderr).to.equal(1);
    expect(run.stderr).to.match(/ingest: failed: .*feed\.jsonl line 2: not valid JSON/);
    expect(run.stderr).to.match(/^ingest: 7\/7 articles · [\d.]+ articles\/s · \d+ words\/s · ETA \d+s · 1 failed$/m);
    expect(run.stderr).to.match(/ingest: 7 article\(s\) in [\d.]+ s/);
    expect(run.stderr).to.match(/^ {2}loaded {11}6$/m);
    expect(run.stderr).to.match(/^ {2}failed {11}1$/m);
    expect(run.stderr).to.match(/^ {4}.*feed\.jsonl line 2: not valid JSON/m);
    expect((await countGraph(workspace.db)).articles).to.equal(6);
  });

  it('When the same input is ingested again with --json, then every article is unchanged, the status is 0 and stdout is JSON', async () => {
    await runIngestCli([SEED_DIRECTORY]);
    const run = await runIngestCli(['--json', SEED_DIRECTORY]);
    expect(run.code, run.stderr).to.equal(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).to.include({ loaded: 0, unchanged: 5, replaced: 0, failed: 0, done: 5, dryRun: false });
    expect(summary.articles[0]).to.have.keys(['origin', 'status', 'articleId']);
  });

  it('When --dry-run is given, then articles are extracted and reported and nothing is written', async () => {
    const run = await runIngestCli(['--dry-run', SEED_DIRECTORY]);
    expect(run.code, run.stderr).to.equal(0);
    expect(run.stderr).to.match(/dry run: nothing written/);
    expect(run.stderr).to.match(/^ {2}extracted {8}5$/m);
    expect((await countGraph(workspace.db)).articles).to.equal(0);
  });

  it('When "-" is given, then JSON Lines on standard input are ingested', async () => {
    const lines = variedArticles(2).map((article) => JSON.stringify(article)).join('\n');
    const run = await runIngestCli(['-', '--json'], { stdin: lines });
    expect(run.code, run.stderr).to.equal(0);
    expect(JSON.parse(run.stdout).articles.map((article: { origin: string }) => article.origin)).to.deep.equal(['stdin line 1', 'stdin line 2']);
  });

  it('When given a path that does not exist, then it says so with the usage and exits with status 2', async () => {
    const run = await runIngestCli(['no/such/folder']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.match(/ingest: no such file or folder: no\/such\/folder/);
  });

  it('When run on a terminal, then it draws a progress bar with done/total, rates and ETA, and clears it for the summary', async () => {
    const run = await runIngestCli(['--dry-run', SEED_DIRECTORY], { terminal: true });
    expect(run.code, run.stdout).to.equal(0);
    // script(1) gives the process a pseudo-terminal and copies what it drew to our stdout.
    expect(run.stdout).to.match(/\r\x1b\[2K\[#+\.*\] \d\/5 articles · [\d.]+ articles\/s · \d+ words\/s · ETA \d+s/);
    expect(run.stdout).to.match(/\r\x1b\[2Kingest: 5 article\(s\) in/);
  });

  it('When two ingests of overlapping inputs run at once, then the graph is the one a single ingest makes', async () => {
    const first = writeJsonLines(path.join(workspace.folder, 'first.jsonl'), variedArticles(40, 0));
    const second = writeJsonLines(path.join(workspace.folder, 'second.jsonl'), variedArticles(40, 20));
    const both = await Promise.all([runIngestCli(['--batch-size', '5', first]), runIngestCli(['--batch-size', '5', second])]);
    for (const run of both) expect(run.code, run.stderr).to.equal(0);
    const concurrent = await shape();
    await clearDatabase();
    const single = await runIngestCli([writeJsonLines(path.join(workspace.folder, 'all.jsonl'), variedArticles(60, 0))]);
    expect(single.code, single.stderr).to.equal(0);
    expect(concurrent).to.deep.equal(await shape());
    expect(concurrent.nodes).to.have.length(new Set(concurrent.nodes).size);
  });

  it('When an ingest is killed part-way and run again, then every article is stored exactly once and complete', async () => {
    const feed = writeJsonLines(path.join(workspace.folder, 'feed.jsonl'), variedArticles(300));
    const killed = await runIngestCli(['--batch-size', '10', feed], {
      onStderr: (text, kill) => /ingest: [1-9]\d*\/300 articles/.test(text) && kill(),
    });
    expect(killed.signal).to.equal('SIGKILL');
    const partial = (await countGraph(workspace.db)).articles;
    expect(partial).to.be.within(1, 299);
    const rerun = await runIngestCli(['--json', '--batch-size', '10', feed]);
    expect(rerun.code, rerun.stderr).to.equal(0);
    const summary = JSON.parse(rerun.stdout);
    expect(summary.unchanged).to.equal(partial);
    expect(summary.loaded).to.equal(300 - partial);
    const recovered = await shape();
    await clearDatabase();
    expect((await runIngestCli([feed])).code).to.equal(0);
    expect(recovered).to.deep.equal(await shape());
  });
});

async function shape() {
  const { graphShape } = await import('../support');
  return graphShape();
}
