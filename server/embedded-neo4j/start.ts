// Starts whosaid's embedded Neo4j: installs it if needed, runs the Java launcher, and resolves once Bolt answers.
//
// Auth is disabled because Bolt listens on 127.0.0.1 only; the credentials returned are accepted and ignored,
// so that callers can use the same driver set-up as for a Neo4j with auth.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { DEFAULT_MEMORY, launcherCommand } from './command';
import { awaitDataDirFree, removePidFile, writePidFile } from './data-dir-lock';
import { Neo4jDataDirInUseError, Neo4jStartError } from './errors';
import { installNeo4j, logToStderr } from './install';
import { EXIT_STORE_LOCKED, LauncherExit, LauncherProcess } from './launcher-process';
import { quoteOutput } from './output-tail';
import { installLayout } from './paths';
import { seconds } from './run-tool';

export interface StartOptions {
  /** Holds the store (`data/`) and Neo4j's logs (`logs/debug.log`); created if missing. */
  dataDir: string;
  /** 0 (the default) binds a free port, reported in `uri`. */
  boltPort?: number;
  /** The installation folder; defaults to `<project>/.neo4j/<version>`. */
  home?: string;
  heapMiB?: number;
  pageCacheMiB?: number;
  /** Less start-up CPU for slower long-running queries: for short-lived instances (see LaunchSettings). */
  quickJit?: boolean;
  startTimeoutMs?: number;
  /** How long to wait for an earlier launcher still holding `dataDir` (one shutting down, say) to let go. */
  dataDirWaitMs?: number;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  user: string;
  password: string;
  version: string;
  /** The Java process. */
  pid: number;
  /** Resolves when the Java process ends, whether through `stop()` or not. */
  exited: Promise<LauncherExit>;
  /** Shuts Neo4j down cleanly and resolves once the Java process has exited; safe to call more than once. */
  stop(): Promise<void>;
}

export const CREDENTIALS = { user: 'neo4j', password: 'auth-disabled' };

const DEFAULT_START_TIMEOUT_MS = 180_000;
const DEFAULT_DATA_DIR_WAIT_MS = 20_000;
/** A clean shutdown checkpoints the store; past this the process is killed and the next start recovers. */
const STOP_GRACE_MS = 60_000;
/** A start that failed has nothing worth a long wait for: a JVM that does not stop soon is killed. */
const FAILED_START_GRACE_MS = 10_000;
const BOLT_RETRY_MS = 200;

export async function startEmbeddedNeo4j(options: StartOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? logToStderr;
  const { home, version } = await installNeo4j({ home: options.home, log });
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  await awaitDataDirFree(dataDir, options.dataDirWaitMs ?? DEFAULT_DATA_DIR_WAIT_MS);

  const { classArchive } = installLayout(home);
  const started = Date.now();
  const deadline = started + (options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  const { command, args } = launcherCommand({
    home,
    dataDir,
    boltPort: options.boltPort ?? 0,
    heapMiB: options.heapMiB ?? DEFAULT_MEMORY.heapMiB,
    pageCacheMiB: options.pageCacheMiB ?? DEFAULT_MEMORY.pageCacheMiB,
    quickJit: options.quickJit,
    classArchive: existsSync(classArchive) ? { file: classArchive } : undefined,
  });
  const launcher = new LauncherProcess(command, args);
  const pid = launcher.pid;
  if (pid === undefined) {
    const { spawnError } = await launcher.exited;
    throw new Neo4jStartError(`${command} could not be run: ${spawnError?.message}`, { cause: spawnError });
  }
  await writePidFile(dataDir, pid);
  const stop = async (graceMs = STOP_GRACE_MS): Promise<void> => {
    await launcher.stop(graceMs);
    await removePidFile(dataDir, pid);
  };

  try {
    const uri = await untilReady(launcher, deadline, dataDir);
    await untilBoltAnswers(uri, deadline, () => failureReport(launcher, dataDir));
    log(`Neo4j ${version} answers on ${uri} (started in ${seconds(started)} s, data in ${dataDir})`);
    return { uri, ...CREDENTIALS, version, pid, exited: launcher.exited, stop: () => stop() };
  } catch (error) {
    await stop(FAILED_START_GRACE_MS);
    throw error;
  }
}

async function untilReady(launcher: LauncherProcess, deadline: number, dataDir: string): Promise<string> {
  const outcome = await launcher.outcome(deadline - Date.now());
  if ('uri' in outcome) return outcome.uri;
  const report = failureReport(launcher, dataDir);
  if ('exit' in outcome) throw exitError(outcome.exit, dataDir, report);
  throw new Neo4jStartError(`Neo4j did not report ready in time.\n${report}`);
}

function exitError(exit: LauncherExit, dataDir: string, report: string): Error {
  if (exit.code === EXIT_STORE_LOCKED) {
    return new Neo4jDataDirInUseError(`another process holds the Neo4j store lock in ${dataDir}.\n${report}`);
  }
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  return new Neo4jStartError(`the Neo4j process ${how} before it was ready.\n${report}`);
}

async function untilBoltAnswers(uri: string, deadline: number, report: () => string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(CREDENTIALS.user, CREDENTIALS.password));
  try {
    for (;;) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        if (Date.now() >= deadline) {
          throw new Neo4jStartError(`Bolt on ${uri} did not answer: ${(error as Error).message}\n${report()}`, { cause: error });
        }
        await sleep(BOLT_RETRY_MS);
      }
    }
  } finally {
    await driver.close();
  }
}

/** What the Java process printed, and the end of Neo4j's own log, which holds the cause when stdout does not. */
function failureReport(launcher: LauncherProcess, dataDir: string): string {
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  const sections = [quoteOutput('output of the Java process', launcher.output())];
  if (existsSync(debugLog)) {
    const lastLines = readFileSync(debugLog, 'utf8').trimEnd().split('\n').slice(-20).join('\n');
    sections.push(quoteOutput(`end of ${debugLog}`, lastLines));
  }
  return sections.join('\n');
}
