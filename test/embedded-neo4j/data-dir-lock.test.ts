// Checks how a pid file left in a data folder is judged: a dead or foreign process holds nothing.
import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { awaitDataDirFree, launcherHolding, processAlive, writePidFile } from '../../server/embedded-neo4j/data-dir-lock';
import { makeTempDir, removeDir } from './helpers';

describe('data-dir-lock', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dataDir);
  });

  it('should see no holder when there is no pid file', async () => {
    expect(launcherHolding(dataDir)).to.equal(undefined);
    await awaitDataDirFree(dataDir, 0);
  });

  it('should see no holder when the pid file names a process that has ended, as after a crash', async () => {
    const ended = spawnSync(process.execPath, ['-e', '']).pid;
    expect(processAlive(ended)).to.equal(false);
    await writePidFile(dataDir, ended);
    expect(launcherHolding(dataDir)).to.equal(undefined);
    await awaitDataDirFree(dataDir, 0);
  });

  it('should see no holder when the pid file names a live process that is not a launcher', async () => {
    await writePidFile(dataDir, process.pid);
    expect(processAlive(process.pid)).to.equal(true);
    expect(launcherHolding(dataDir)).to.equal(undefined);
  });
});
