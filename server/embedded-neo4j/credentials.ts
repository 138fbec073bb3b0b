// The embedded Neo4j's credentials and whereabouts: the stored user and password of a data folder, and the launcher serving it.
//
// The names below are a stable interface: start-up, `npm run neo4j:credentials` and command-line tools that write
// through a running whosaid's Neo4j (the ingest CLI) all use them.
//
// - `embeddedCredentials(dataDir?)` reads the user and password kept for a data folder (`.neo4j/data/` by default),
//   creating a strong random password on first use. The password lives in `<dataDir>/credentials.json`, mode 0600,
//   and the launcher sets it on the user `neo4j` at every start, so the file is always the truth.
// - `runningEmbeddedNeo4j(dataDir?)` is the Bolt URI and credentials of the launcher serving that data folder right
//   now, or undefined when none is (never started, stopped, crashed, or a stale pid of some other program).
import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { launcherHolding, readBoltAddress } from './data-dir-lock';
import { defaultDataDir } from './paths';

export const EMBEDDED_USER = 'neo4j';
const CREDENTIALS_FILE = 'credentials.json';
/** Owner may read and write; nobody else may do anything. */
const OWNER_ONLY = 0o600;

export interface EmbeddedCredentials {
  user: string;
  password: string;
  /** Where the password is kept: what logs may show instead of the password. */
  passwordFile: string;
}

export interface RunningEmbeddedNeo4j extends EmbeddedCredentials {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  /** The Java launcher's process id. */
  pid: number;
  dataDir: string;
}

export function credentialsFilePath(dataDir: string = defaultDataDir()): string {
  return path.join(path.resolve(dataDir), CREDENTIALS_FILE);
}

/** The stored credentials of `dataDir`, created (folder included) with a 192-bit random password when missing. */
export function embeddedCredentials(dataDir: string = defaultDataDir()): EmbeddedCredentials {
  const file = credentialsFilePath(dataDir);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails when the file exists, so two first starts racing keep one password between them.
    const created = openSync(file, 'wx', OWNER_ONLY);
    const password = randomBytes(24).toString('base64url');
    writeSync(created, `${JSON.stringify({ user: EMBEDDED_USER, password }, null, 2)}\n`);
    closeSync(created);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  // A copy or an archive may have loosened the mode; the password stays the owner's alone.
  if ((statSync(file).mode & 0o777) !== OWNER_ONLY) chmodSync(file, OWNER_ONLY);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as { user?: unknown; password?: unknown };
  if (typeof stored.password !== 'string' || stored.password.length < 16 || /\s/.test(stored.password)) {
    throw new Error(`embedded-neo4j/credentials: ${file} holds no usable password (16 or more characters, no spaces); delete it to have a new one made`);
  }
  return { user: typeof stored.user === 'string' ? stored.user : EMBEDDED_USER, password: stored.password, passwordFile: file };
}

/** The launcher serving `dataDir` now, with what it takes to connect to it; undefined when none is. */
export function runningEmbeddedNeo4j(dataDir: string = defaultDataDir()): RunningEmbeddedNeo4j | undefined {
  const folder = path.resolve(dataDir);
  const pid = launcherHolding(folder);
  const address = readBoltAddress(folder);
  if (pid === undefined || address?.pid !== pid) return undefined;
  return { uri: address.uri, pid, dataDir: folder, ...embeddedCredentials(folder) };
}
