// Starts whosaid's embedded Neo4j: installs it if needed, runs the Java launcher, and resolves once Bolt answers.
//
// Auth is on: the launcher sets the data folder's stored password (credentials.ts) on the user neo4j, and
// the credentials returned are the ones to connect with.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import neo4j from 'neo4j-driver';
import { DEFAULT_MEMORY, launcherCommand } from './command';
import { ensurePortFree, portInUse } from './bolt-port';
import { embeddedCredentials, type EmbeddedCredentials } from './credentials';
import { awaitDataDirFree, removePidFile, writeBoltAddress, writePidFile } from './data-dir-lock';
import { Neo4jDataDirInUseError, Neo4jStartError } from './errors';
import { installNeo4j, logToStderr } from './install';
import { EXIT_PORT_IN_USE, EXIT_STORE_LOCKED, LauncherExit, LauncherProcess } from './launcher-process';
import { quoteOutput } from './output-tail';
import { installLayout } from './paths';
import { seconds } from './run-tool';

export interface StartOptions {
  /** Holds the store (`data/`) and Neo4j's logs (`logs/debug.log`); created if missing. */
  dataDir: string;
  /** 0 (the default) binds a free port, reported in `uri`; a taken port fails with Neo4jPortInUseError. */
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
  /** Aborting stops a start under way: the Java process is stopped and the start rejects. */
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export interface EmbeddedNeo4j extends EmbeddedCredentials {
  uri: string;
  version: string;
  /** The Java process. */
  pid: number;
  /** Resolves when the Java process ends, whether through `stop()` or not. */
  exited: Promise<LauncherExit>;
  /** Shuts Neo4j down cleanly and resolves once the Java process has exited; safe to call more than once. */
  stop(): Promise<void>;
}

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
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await awaitDataDirFree(dataDir, options.dataDirWaitMs ?? DEFAULT_DATA_DIR_WAIT_MS);
  const boltPort = options.boltPort ?? 0;
  await ensurePortFree(boltPort);
  const credentials = embeddedCredentials(dataDir);

  const { classArchive } = installLayout(home);
  const started = Date.now();
  const deadline = started + (options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS);
  const { command, args } = launcherCommand({
    home,
    dataDir,
    boltPort,
    heapMiB: options.heapMiB ?? DEFAULT_MEMORY.heapMiB,
    pageCacheMiB: options.pageCacheMiB ?? DEFAULT_MEMORY.pageCacheMiB,
    quickJit: options.quickJit,
    classArchive: existsSync(classArchive) ? { file: classArchive } : undefined,
  });
  const launcher = new LauncherProcess(command, args, credentials.password);
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

  const abort = () => void launcher.stop(FAILED_START_GRACE_MS);
  options.signal?.addEventListener('abort', abort, { once: true });
  try {
    options.signal?.throwIfAborted();
    const uri = await untilReady(launcher, deadline, { dataDir, boltPort });
    await untilBoltAnswers(uri, credentials, { deadline, signal: options.signal, report: () => failureReport(launcher, dataDir) });
    options.signal?.throwIfAborted();
    await writeBoltAddress(dataDir, { pid, uri });
    log(`Neo4j ${version} answers on ${uri} as user ${credentials.user}, password in ${credentials.passwordFile} `
      + `(started in ${seconds(started)} s, data in ${dataDir}; npm run neo4j:credentials prints them)`);
    return { uri, ...credentials, version, pid, exited: launcher.exited, stop: () => stop() };
  } catch (error) {
    await stop(FAILED_START_GRACE_MS);
    throw options.signal?.aborted ? options.signal.reason : error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
}

interface Placement {
  dataDir: string;
  boltPort: number;
}

async function untilReady(launcher: LauncherProcess, deadline: number, placement: Placement): Promise<string> {
  const outcome = await launcher.outcome(deadline - Date.now());
  if ('uri' in outcome) return outcome.uri;
  const report = failureReport(launcher, placement.dataDir);
  if ('exit' in outcome) throw exitError(outcome.exit, placement, report);
  throw new Neo4jStartError(`Neo4j did not report ready in time.\n${report}`);
}

function exitError(exit: LauncherExit, { dataDir, boltPort }: Placement, report: string): Error {
  if (exit.code === EXIT_STORE_LOCKED) {
    return new Neo4jDataDirInUseError(`another process holds the Neo4j store lock in ${dataDir}.\n${report}`);
  }
  // The port was free when probed; another program took it between the probe and the bind.
  if (exit.code === EXIT_PORT_IN_USE) return portInUse(boltPort, report);
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  return new Neo4jStartError(`the Neo4j process ${how} before it was ready.\n${report}`);
}

interface BoltWait {
  deadline: number;
  signal?: AbortSignal;
  report: () => string;
}

async function untilBoltAnswers(uri: string, { user, password }: EmbeddedCredentials, { deadline, signal, report }: BoltWait): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  try {
    for (;;) {
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        signal?.throwIfAborted();
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
