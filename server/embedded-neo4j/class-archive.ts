// Makes the JVM class-data archive of an installation: a trial start whose loaded classes later starts map at once.
//
// Loading and verifying Neo4j's ten thousand classes is most of a start's CPU; with the archive a start takes about
// a third less, which matters on a 2-core machine. The archive records the class path, so it is made in place,
// after the installation has its final folder. Any failure here only costs speed, so it is logged, not thrown.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launcherCommand } from './command';
import { LauncherProcess } from './launcher-process';
import { installLayout } from './paths';

const TRIAL_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 120_000;

export async function createClassArchive(home: string, log: (line: string) => void): Promise<boolean> {
  const layout = installLayout(home);
  const partial = `${layout.classArchive}.partial-${process.pid}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'whosaid-neo4j-archive-'));
  try {
    const { command, args } = launcherCommand({
      home, dataDir, boltPort: 0, heapMiB: 512, pageCacheMiB: 64, classArchive: { file: partial, create: true },
    });
    // The trial's throw-away data folder gets a throw-away password.
    const launcher = new LauncherProcess(command, args, randomBytes(24).toString('base64url'));
    const outcome = await launcher.outcome(TRIAL_TIMEOUT_MS);
    const exit = await launcher.stop(STOP_GRACE_MS);
    if (!('uri' in outcome) || exit.code !== 0 || !existsSync(partial)) {
      log(`could not make the class-data archive (starts will be slower); the trial run said:\n${launcher.output()}`);
      return false;
    }
    await rename(partial, layout.classArchive);
    return true;
  } finally {
    await rm(partial, { force: true });
    await rm(dataDir, { recursive: true, force: true });
  }
}
