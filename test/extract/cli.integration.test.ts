// The command line on unusable and bad input: a missing file fails with a message, bad bytes still give a document.
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

function runCli(file: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['-r', 'ts-node/register', join(ROOT, 'server', 'extract', 'cli.ts'), file], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true' }, timeout: 120000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('Extraction command line', function () {
  this.timeout(240000);
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));

  it('When the file is missing, then it exits non-zero and says so on stderr', () => {
    const result = runCli(join(folder, 'missing.txt'));
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('no such file');
    expect(result.stdout).to.equal('');
  });

  it('When the file holds binary bytes and invalid UTF-8, then it prints a document with messages naming both', () => {
    const file = join(folder, 'binary.txt');
    writeFileSync(file, Buffer.concat([Buffer.from('Kremlin spokesman Dmitry Peskov said so.'), Buffer.from([0, 0xff, 0xfe, 7])]));
    const result = runCli(file);
    expect(result.status).to.equal(0);
    const document = JSON.parse(result.stdout) as { messages: { ruleId: string }[]; entities: { name: string }[] };
    expect(document.messages.map((m) => m.ruleId)).to.include.members(['input/invalid-utf8', 'input/control-characters']);
    expect(document.entities.map((e) => e.name)).to.include('Dmitry Peskov');
    expect(result.stderr).to.contain('not valid UTF-8');
  });
});
