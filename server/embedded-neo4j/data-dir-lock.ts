// Knows which launcher holds a data folder, through a pid file beside the store, so a second start can wait or explain.
//
// Neo4j's own store lock is an OS file lock: a crashed process releases it, and a restart recovers the store by
// itself. The lock only bites while an earlier launcher is still alive, typically one still shutting down after
// its parent died; that one is worth waiting for, and any other holder is worth naming.
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Neo4jDataDirInUseError } from './errors';
import { LAUNCHER_CLASS } from './paths';

const PID_FILE = 'whosaid-neo4j.pid';
/** Written once Bolt answers: the launcher's pid and its URI, for tools that connect to a running instance. */
const BOLT_FILE = 'whosaid-neo4j.bolt.json';
const POLL_MS = 250;

export function pidFilePath(dataDir: string): string {
  return path.join(dataDir, PID_FILE);
}

export async function writePidFile(dataDir: string, pid: number): Promise<void> {
  await writeFile(pidFilePath(dataDir), `${pid}\n`);
}

/** Removes the pid and Bolt files if they still name `pid`: a later launcher may have replaced them. */
export async function removePidFile(dataDir: string, pid: number): Promise<void> {
  if (readBoltAddress(dataDir)?.pid === pid) await rm(path.join(dataDir, BOLT_FILE), { force: true });
  if (readPid(dataDir) === pid) await rm(pidFilePath(dataDir), { force: true });
}

export interface BoltAddress {
  pid: number;
  uri: string;
}

export async function writeBoltAddress(dataDir: string, address: BoltAddress): Promise<void> {
  await writeFile(path.join(dataDir, BOLT_FILE), `${JSON.stringify(address)}\n`);
}

/** What the last launcher that answered wrote; it may have ended since (see launcherHolding). */
export function readBoltAddress(dataDir: string): BoltAddress | undefined {
  try {
    const { pid, uri } = JSON.parse(readFileSync(path.join(dataDir, BOLT_FILE), 'utf8')) as Partial<BoltAddress>;
    return typeof pid === 'number' && typeof uri === 'string' ? { pid, uri } : undefined;
  } catch {
    return undefined;
  }
}

/** True while the process exists and has not ended; a zombie (ended, not yet reaped) counts as ended. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const stat = readProcFile(pid, 'stat');
  // /proc/PID/stat reads "pid (comm) STATE ..."; comm may itself hold parentheses, hence the last ")".
  const state = stat?.slice(stat.lastIndexOf(')') + 2).charAt(0);
  return state !== 'Z';
}

/** The pid of a live launcher serving this data folder, if the pid file names one. */
export function launcherHolding(dataDir: string): number | undefined {
  const pid = readPid(dataDir);
  if (pid === undefined || !processAlive(pid)) return undefined;
  const commandLine = readProcFile(pid, 'cmdline');
  // Without /proc (not Linux) a live pid is trusted; with it, a recycled pid of some other program is not.
  if (commandLine === undefined) return pid;
  const args = commandLine.split('\0');
  return args.includes(LAUNCHER_CLASS) && args.includes(path.resolve(dataDir)) ? pid : undefined;
}

/**
 * Waits up to `timeoutMs` for an earlier launcher to let go of the data folder, then gives up naming it. A launcher
 * that is serving (it wrote its Bolt address) will not let go by itself, so that one is named at once.
 */
export async function awaitDataDirFree(dataDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let holder = launcherHolding(dataDir); holder !== undefined; holder = launcherHolding(dataDir)) {
    const serving = readBoltAddress(dataDir);
    if (serving?.pid === holder) {
      throw new Neo4jDataDirInUseError(
        `the Neo4j data folder ${dataDir} is already served by a running Neo4j (process ${holder}, ${serving.uri}), `
          + 'most likely another whosaid; stop that one first, or give this one another data folder (WHOSAID_DATA_DIR)',
      );
    }
    if (Date.now() >= deadline) {
      throw new Neo4jDataDirInUseError(
        `the Neo4j data folder ${dataDir} is in use by the running process ${holder}; stop it (kill ${holder}) or use another folder`,
      );
    }
    await sleep(POLL_MS);
  }
}

/** The pid the pid file names, alive or not. */
export function readPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(pidFilePath(dataDir), 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function readProcFile(pid: number, name: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}
