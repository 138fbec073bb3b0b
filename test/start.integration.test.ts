// Start-up as an operator meets it: `server/start.ts` run as a process against a configured Neo4j.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect } from 'chai';
import { clearDatabase, testDriver, testNeo4jSettings } from './support/database';

const ROOT = path.join(__dirname, '..');

interface Started {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exit: Promise<number | null>;
}

function runStart(env: Record<string, string>): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register', 'server/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => { stderr += chunk; });
  child.stdout!.resume();
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => stderr, exit };
}

async function startWhosaid(): Promise<Started> {
  const { uri, user, password } = testNeo4jSettings();
  const run = runStart({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password || 'unused', PORT: '0' });
  const deadline = Date.now() + 120_000;
  for (;;) {
    const ready = /whosaid is ready: open http:\/\/localhost:(\d+)\//.exec(run.stderr());
    if (ready) return { ...run, port: Number(ready[1]) };
    if (run.child.exitCode !== null || Date.now() > deadline) throw new Error(`start-up failed:\n${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
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
      const health = await fetch(`http://localhost:${whosaid.port}/api/health`);
      expect(health.status).to.equal(200);
      const graph = await (await fetch(`http://localhost:${whosaid.port}/api/graph`)).json();
      const labels = graph.elements.nodes.map((node: { data: { label: string } }) => node.data.label);
      expect(labels).to.include.members(['Vladimir Putin', 'Dmitry Peskov', 'Volodymyr Zelenskyy']);
      expect(await countArticles()).to.equal(5);
    } finally {
      whosaid.child.kill('SIGINT');
    }
    expect(await whosaid.exit).to.equal(0);
    expect(whosaid.stderr()).to.include('whosaid: stopping');
  });

  it('When started again on the same database, then it loads nothing and duplicates nothing', async () => {
    const whosaid = await startWhosaid();
    whosaid.child.kill('SIGINT');
    expect(await whosaid.exit).to.equal(0);
    expect(whosaid.stderr()).to.include('nothing loaded');
    expect(await countArticles()).to.equal(5);
  });

  it('When a setting is invalid, then it exits non-zero naming the variable, and starts no Neo4j', async () => {
    const run = runStart({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x', PORT: '0' });
    expect(await run.exit).to.equal(1);
    expect(run.stderr()).to.include('NEO4J_URI');
    expect(run.stderr()).not.to.include('embedded');
  });
});
