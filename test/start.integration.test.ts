// Start-up as an operator meets it: `server/start.ts` run as a process against a configured Neo4j.
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { clearDatabase, testDriver, testNeo4jSettings } from './support/database';
import { eventually, runWhosaid, untilReady, type ReadyWhosaid } from './support/whosaid-process';

/** A free loopback port: bound, noted and let go again. */
async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Forwards connections on `port` to the test Neo4j: the configured server "coming back". */
async function forwardToTestNeo4j(port: number): Promise<Server> {
  const target = new URL(testNeo4jSettings().uri.replace(/^\w+:/, 'http:'));
  const forwarder = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  }).listen(port, '127.0.0.1');
  await new Promise((resolve) => forwarder.once('listening', resolve));
  return forwarder;
}

/** Deadlines long enough for a busy shared machine: these tests are about start-up, not about deadlines. */
const RELAXED = { REQUEST_TIMEOUT_MS: '120000', QUERY_TIMEOUT_MS: '110000' };

function startWhosaid(): Promise<ReadyWhosaid> {
  const { uri, user, password } = testNeo4jSettings();
  return untilReady(runWhosaid({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password || 'unused', PORT: '0', ...RELAXED }), 120_000);
}

async function countArticles(): Promise<number> {
  const { records } = await testDriver().executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  return records[0].get('n').toNumber();
}

describe('start', function () {
  this.timeout(240_000);

  before(clearDatabase);

  it('When NEO4J_URI names a server, then it applies the schema, loads the seed into the empty database and serves the explorer', async () => {
    const whosaid = await startWhosaid();
    try {
      expect(whosaid.stderr()).to.include(`neo4j: using ${testNeo4jSettings().uri}`);
      expect(whosaid.stderr()).not.to.include('embedded');
      const health = await fetch(`${whosaid.base}/api/health`);
      expect(health.status).to.equal(200);
      const graph = await (await fetch(`${whosaid.base}/api/graph`)).json();
      const labels = graph.elements.nodes.map((node: { data: { label: string } }) => node.data.label);
      expect(labels).to.include.members(['Vladimir Putin', 'Dmitry Peskov', 'Volodymyr Zelenskyy']);
      expect(await countArticles()).to.equal(5);
    } finally {
      whosaid.child.kill('SIGINT');
    }
    expect((await whosaid.exit).code).to.equal(0);
    expect(whosaid.stderr()).to.include('whosaid: stopping');
  });

  it('When started again on the same database, then it loads nothing and duplicates nothing', async () => {
    const whosaid = await startWhosaid();
    whosaid.child.kill('SIGINT');
    expect((await whosaid.exit).code).to.equal(0);
    expect(whosaid.stderr()).to.include('nothing loaded');
    expect(await countArticles()).to.equal(5);
  });

  it('When a setting is invalid, then it exits non-zero naming the variable, and starts no Neo4j', async () => {
    const run = await runWhosaid({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x', PORT: '0' });
    expect((await run.exit).code).to.equal(1);
    expect(run.stderr()).to.include('NEO4J_URI');
    expect(run.stderr()).not.to.include('embedded');
  });

  it('When the configured Neo4j is down at start-up, then it keeps trying with back-off, and serves once the server is back', async () => {
    const port = await freePort();
    const { user, password } = testNeo4jSettings();
    const run = await runWhosaid({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_USER: user, NEO4J_PASSWORD: password || 'unused', PORT: '0' });
    let forwarder: Server | undefined;
    try {
      expect(await eventually(() => (run.stderr().match(/does not answer/g) ?? []).length >= 2, 60_000), run.stderr()).to.equal(true);
      expect(run.child.exitCode).to.equal(null);
      expect(run.stderr()).to.match(/"msg":"neo4j not answering".*"attempt":2/);
      forwarder = await forwardToTestNeo4j(port);
      const whosaid = await untilReady(run, 120_000);
      expect((await fetch(`${whosaid.base}/api/health`)).status).to.equal(200);
    } finally {
      run.child.kill('SIGINT');
      forwarder?.close();
    }
    expect((await run.exit).code).to.equal(0);
  });

  it('When the embedded Neo4j\'s Bolt port is taken, then it exits non-zero naming the port and NEO4J_BOLT_PORT', async () => {
    const port = await freePort();
    const squatter = createServer().listen(port, '127.0.0.1');
    await new Promise((resolve) => squatter.once('listening', resolve));
    const dataDir = path.join(os.tmpdir(), `whosaid-port-${port}`);
    try {
      const run = await runWhosaid({ NEO4J_BOLT_PORT: String(port), WHOSAID_DATA_DIR: dataDir, PORT: '0' });
      expect((await run.exit).code).to.equal(1);
      expect(run.stderr()).to.include(`Neo4jPortInUseError: the Bolt port ${port} on 127.0.0.1 is already in use by another program; stop it, or set NEO4J_BOLT_PORT`);
    } finally {
      squatter.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
