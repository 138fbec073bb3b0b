// The stored credentials of a data folder: made once, strong, readable by the owner only, and the same on every read.
import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { expect } from 'chai';
import { credentialsFilePath, embeddedCredentials, runningEmbeddedNeo4j } from '../../server/embedded-neo4j/credentials';
import { writeBoltAddress, writePidFile } from '../../server/embedded-neo4j/data-dir-lock';
import { makeTempDir, removeDir } from './helpers';

describe('embedded-neo4j/credentials', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await makeTempDir();
  });
  afterEach(() => removeDir(dataDir));

  it('When a data folder has no credentials, then a random password of 32 characters is made and kept with mode 0600', () => {
    const made = embeddedCredentials(dataDir);
    expect(made.user).to.equal('neo4j');
    expect(made.password).to.match(/^[A-Za-z0-9_-]{32}$/);
    expect(made.passwordFile).to.equal(credentialsFilePath(dataDir));
    expect(statSync(made.passwordFile).mode & 0o777).to.equal(0o600);
  });

  it('When read again, then the same password comes back; another folder gets another one', async () => {
    const first = embeddedCredentials(dataDir);
    expect(embeddedCredentials(dataDir)).to.deep.equal(first);
    const other = await makeTempDir();
    try {
      expect(embeddedCredentials(other).password).not.to.equal(first.password);
    } finally {
      await removeDir(other);
    }
  });

  it('When the file was made readable by others, then reading it closes it to the owner again', () => {
    const { passwordFile } = embeddedCredentials(dataDir);
    chmodSync(passwordFile, 0o644);
    embeddedCredentials(dataDir);
    expect(statSync(passwordFile).mode & 0o777).to.equal(0o600);
  });

  it('When the file holds no usable password, then it says which file and what to do', () => {
    writeFileSync(credentialsFilePath(dataDir), '{"user":"neo4j","password":"short"}', { mode: 0o600 });
    expect(() => embeddedCredentials(dataDir)).to.throw(/credentials\.json holds no usable password.*delete it/);
  });

  it('When no launcher serves the folder, or the pid file names a process that is no launcher, then none is running', async () => {
    expect(runningEmbeddedNeo4j(dataDir)).to.equal(undefined);
    await writePidFile(dataDir, process.pid);
    await writeBoltAddress(dataDir, { pid: process.pid, uri: 'bolt://127.0.0.1:7687' });
    expect(runningEmbeddedNeo4j(dataDir)).to.equal(undefined);
  });
});
