// Faults on a real whosaid (server/start.ts as a process) with its embedded Neo4j: stalled, killed, doubled, orphaned.
//
// Each step prints what it measured (answer times, recovery times): `npm run bench:recovery` runs this file alone.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { runningEmbeddedNeo4j } from '../../server/embedded-neo4j/credentials';
import { processAlive, readPid } from '../../server/embedded-neo4j/data-dir-lock';
import { eventually, runWhosaid, untilReady, type ReadyWhosaid } from '../support/whosaid-process';
import { ANSWERED_WITHOUT_DATABASE, everyGetPath, timedGet, type TimedAnswer } from './routes';

const SECOND = 1_000;

function report(line: string): void {
  process.stdout.write(`      measured: ${line}\n`);
}

/**
 * The graph's node and edge counts. A fresh JVM plans its first queries slowly, and on a busy machine the first
 * whole-graph read may pass its time limit (an honest 503), so this asks until it gets the graph.
 */
async function graphCounts(base: string): Promise<{ nodes: number; edges: number }> {
  let answer: Response | undefined;
  await eventually(async () => (answer = await fetch(`${base}/api/graph`)).status !== 503, 60 * SECOND);
  expect(answer!.status).to.equal(200);
  const { elements } = await answer!.json();
  return { nodes: elements.nodes.length, edges: elements.edges.length };
}

/** Polls health until it answers 200; the time that took. */
async function recoveryMs(base: string, timeoutMs: number): Promise<number> {
  const started = Date.now();
  const back = await eventually(async () => (await timedGet(base, '/api/health')).status === 200, timeoutMs);
  expect(back, `health answered 200 within ${timeoutMs} ms`).to.equal(true);
  return Date.now() - started;
}

function javaPid(dataDir: string): number {
  const running = runningEmbeddedNeo4j(dataDir);
  expect(running, 'an embedded Neo4j serves the data folder').not.to.equal(undefined);
  return running!.pid;
}

describe('Faults: whosaid with its embedded Neo4j, run as a process', function () {
  this.timeout(900_000);
  let dataDir: string;
  let whosaid: ReadyWhosaid;
  let paths: string[];
  let counts: { nodes: number; edges: number };
  // Every request reads the graph's version: these tests are about what answers when Neo4j cannot, so no answer may
  // come from the second of trust a version reading has by default (README, "When Neo4j fails").
  const env = () => ({ WHOSAID_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '0', PORT: '0', ANSWER_CACHE_RECHECK_MS: '0' });

  before(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'whosaid-faults-'));
    whosaid = await untilReady(runWhosaid(env()));
    counts = await graphCounts(whosaid.base);
    paths = await everyGetPath(whosaid.base);
  });
  after(async () => {
    if (whosaid?.child.exitCode === null) {
      whosaid.child.kill('SIGINT');
      await whosaid.exit;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('When it starts, then it prints the Bolt URI, the user and the password file, never the password', async () => {
    const { uri, user, password, passwordFile } = runningEmbeddedNeo4j(dataDir)!;
    expect(whosaid.stderr()).to.include(`answers on ${uri} as user ${user}, password in ${passwordFile}`);
    expect(whosaid.stderr()).not.to.include(password);
    expect(JSON.parse(await readFile(passwordFile, 'utf8')).password).to.equal(password);
    expect(counts.nodes).to.be.greaterThan(50);
  });

  it('When Neo4j is stalled with SIGSTOP, then every route answers within 5 s (503 where it needs the database), health within 2 s, and all recover after SIGCONT', async () => {
    const pid = javaPid(dataDir);
    process.kill(pid, 'SIGSTOP');
    const answers: TimedAnswer[] = [];
    try {
      for (const route of paths) answers.push(await timedGet(whosaid.base, route));
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    const sigcontMs = await recoveryMs(whosaid.base, 60 * SECOND);
    for (const answer of answers) report(`while stalled ${answer.path} answered ${answer.status} ${answer.name ?? ''} in ${answer.ms} ms`);
    report(`health 200 again ${sigcontMs} ms after SIGCONT`);
    for (const answer of answers) {
      expect(answer.ms, answer.path).to.be.below(5 * SECOND);
      if (ANSWERED_WITHOUT_DATABASE.has(answer.path)) expect(answer.status, answer.path).to.equal(200);
      else expect(answer.status, answer.path).to.equal(503);
    }
    expect(answers.find((answer) => answer.path === '/api/health')!.ms).to.be.below(2 * SECOND);
    expect(whosaid.stderr()).to.match(/"msg":"request failed","method":"GET","path":"\/api\/graph","status":503/);
    expect(await graphCounts(whosaid.base)).to.deep.equal(counts);
  });

  it('When Neo4j is killed with SIGKILL, then the API answers 503, Neo4j is restarted, and the same graph is served', async () => {
    const pid = javaPid(dataDir);
    process.kill(pid, 'SIGKILL');
    expect(await eventually(() => !processAlive(pid), 10 * SECOND)).to.equal(true);
    const down = await timedGet(whosaid.base, '/api/graph');
    expect(down.status).to.equal(503);
    expect(down.ms).to.be.below(5 * SECOND);
    const sigkillMs = await recoveryMs(whosaid.base, 240 * SECOND);
    report(`after SIGKILL /api/graph answered ${down.status} in ${down.ms} ms; health 200 again ${sigkillMs} ms later`);
    expect(whosaid.stderr()).to.match(/"msg":"neo4j exited while serving","pid":\d+,"code":null,"signal":"SIGKILL"/);
    expect(whosaid.stdout()).to.match(/"msg":"neo4j restart scheduled","attempt":1,"inMs":1000/);
    // Bolt may answer a moment before the supervisor has written its line.
    expect(await eventually(() => /"msg":"neo4j restarted","attempt":1/.test(whosaid.stdout()), 10 * SECOND)).to.equal(true);
    expect(javaPid(dataDir)).not.to.equal(pid);
    const healthy = Date.now();
    expect(await graphCounts(whosaid.base)).to.deep.equal(counts);
    report(`the whole graph served again ${Date.now() - healthy} ms after health (a fresh JVM plans its queries anew)`);
  });

  it('When a second whosaid starts on the same data folder, then it exits with a message naming the folder, and the data stay intact', async () => {
    const second = await runWhosaid(env());
    const exit = await second.exit;
    expect(exit.code).to.equal(1);
    expect(second.stderr()).to.include(`the Neo4j data folder ${dataDir} is already served by a running Neo4j (process ${javaPid(dataDir)}`);
    expect(second.stderr()).to.include('WHOSAID_DATA_DIR');
    expect(await graphCounts(whosaid.base)).to.deep.equal(counts);
  });

  it('When Ctrl-C comes while Neo4j is being restarted, then whosaid stops and leaves no Java process', async () => {
    const killed = javaPid(dataDir);
    process.kill(killed, 'SIGKILL');
    // Past the first second of back-off the new launcher is starting.
    expect(await eventually(() => runningEmbeddedNeo4j(dataDir) === undefined && readPid(dataDir) !== killed, 30 * SECOND)).to.equal(true);
    const starting = readPid(dataDir);
    whosaid.child.kill('SIGINT');
    expect((await whosaid.exit).code).to.equal(0);
    expect(starting === undefined || !processAlive(starting), `launcher ${starting} ended`).to.equal(true);
    expect(whosaid.stderr()).to.include('whosaid: stopping');
  });

  it('When the Node process is killed with SIGKILL, then its Java process ends too, and the next start serves the same data', async () => {
    whosaid = await untilReady(runWhosaid(env()));
    expect(await graphCounts(whosaid.base)).to.deep.equal(counts);
    expect(whosaid.stderr()).to.include('nothing loaded');
    const pid = javaPid(dataDir);
    whosaid.child.kill('SIGKILL');
    await whosaid.exit;
    const ended = Date.now();
    expect(await eventually(() => !processAlive(pid), 60 * SECOND), `Java process ${pid} ended`).to.equal(true);
    report(`Java process ended ${Date.now() - ended} ms after its Node parent was killed`);
  });
});
