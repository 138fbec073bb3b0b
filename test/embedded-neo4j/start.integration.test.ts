// Starts real Neo4j instances: queries, the data-folder lock, clean stops, crash recovery, and dying with the parent.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { expect } from 'chai';
import { processAlive } from '../../server/embedded-neo4j/data-dir-lock';
import { Neo4jDataDirInUseError } from '../../server/embedded-neo4j/errors';
import { runningEmbeddedNeo4j } from '../../server/embedded-neo4j/credentials';
import { EmbeddedNeo4j } from '../../server/embedded-neo4j/start';
import { makeTempDir, queryOne, removeDir, startQuietly, waitFor } from './helpers';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
/** Bounds the wait for a Java process to go away; a shutdown takes about a second. */
const EXIT_WAIT_MS = 60_000;

describe('startEmbeddedNeo4j', function () {
  this.timeout(240_000);
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dataDir);
  });

  describe('while an instance runs', () => {
    let db: EmbeddedNeo4j;
    beforeEach(async () => {
      db = await startQuietly({ dataDir });
    });
    afterEach(async () => {
      await db.stop();
    });

    it('should answer a Cypher query on a loopback Bolt URI, running Neo4j 5.26', async () => {
      expect(db.uri).to.match(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      expect(db.version).to.match(/^5\.26\.\d+$/);
      expect(await queryOne(db, 'RETURN $word + " back"', { word: 'hello' })).to.equal('hello back');
    });

    it('should be found by runningEmbeddedNeo4j with the URI and credentials that connect to it, until it stops', async () => {
      const running = runningEmbeddedNeo4j(dataDir);
      expect(running).to.deep.include({ uri: db.uri, pid: db.pid, user: 'neo4j', password: db.password });
      expect(await queryOne(running!, 'RETURN "connected"')).to.equal('connected');
    });

    it('should refuse a second start on the same data folder, naming the process that holds it', async () => {
      const failure = await startQuietly({ dataDir, dataDirWaitMs: 0 }).then(() => undefined, (error: Error) => error);
      expect(failure).to.be.instanceOf(Neo4jDataDirInUseError);
      expect(failure?.message).to.contain(String(db.pid));
    });
  });

  it('should end the Java process on stop, and a restart on the same folder should find the data', async () => {
    const first = await startQuietly({ dataDir });
    await queryOne(first, 'CREATE (:Probe {name: $name})', { name: 'kept' });
    await first.stop();
    expect(processAlive(first.pid)).to.equal(false);
    expect(runningEmbeddedNeo4j(dataDir)).to.equal(undefined);
    expect((await first.exited).code).to.equal(0);

    const second = await startQuietly({ dataDir });
    try {
      expect(await queryOne(second, 'MATCH (probe:Probe) RETURN probe.name')).to.equal('kept');
    } finally {
      await second.stop();
    }
  });

  it('should recover the data on a restart after its Java process was killed with SIGKILL', async () => {
    const crashed = await startQuietly({ dataDir });
    await queryOne(crashed, 'CREATE (:Probe {name: $name})', { name: 'survived' });
    process.kill(crashed.pid, 'SIGKILL');
    expect((await crashed.exited).signal).to.equal('SIGKILL');

    const restarted = await startQuietly({ dataDir });
    try {
      expect(await queryOne(restarted, 'MATCH (probe:Probe) RETURN probe.name')).to.equal('survived');
    } finally {
      await restarted.stop();
    }
  });

  it('should make the Java process exit when its Node parent is killed with SIGKILL', async () => {
    const parent = spawn(
      process.execPath,
      ['--require', 'ts-node/register', path.join(__dirname, 'fixtures', 'hold-neo4j.ts'), dataDir],
      { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [line] = (await once(createInterface({ input: parent.stdout }), 'line')) as [string];
    const javaPid = (JSON.parse(line) as { pid: number }).pid;
    try {
      expect(processAlive(javaPid)).to.equal(true);
      parent.kill('SIGKILL');
      expect(await waitFor(() => !processAlive(javaPid), EXIT_WAIT_MS)).to.equal(true);
    } finally {
      if (processAlive(javaPid)) process.kill(javaPid, 'SIGKILL');
    }
  });
});
