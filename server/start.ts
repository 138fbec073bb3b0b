// Starts whosaid: the configured Neo4j (or the embedded default), the schema, the seed corpus when empty, the explorer.
//
// Once serving, it stays up whatever Neo4j does: the API answers 503 while the database is away, the embedded one
// is restarted with back-off, and a configured server is simply waited for. Ctrl-C or SIGTERM stops everything.
import type { Server } from 'node:http';
import { readConfig, type Config, type Neo4jSettings } from './config';
import { createApp } from './api/app';
import { LOOPBACK_NAMES } from './api/host-check';
import { jsonLogger } from './api/logger';
import { connectDatabase, type Database } from './graph/database';
import { applySchema } from './graph/schema';
import { waitForDatabase } from './graph/wait-for-database';
import { loadSeedCorpus } from './load/seed';
import { EmbeddedNeo4jSupervisor } from './embedded-neo4j/supervisor';
import { warmUp, warmUpOrigin } from './warm-up';

const logger = jsonLogger();
const progress = (line: string) => process.stderr.write(`${line}\n`);

interface Running {
  server?: Server;
  db?: Database;
  embedded?: EmbeddedNeo4jSupervisor;
  stopping: AbortController;
}

async function startNeo4j(config: Config, running: Running): Promise<Neo4jSettings> {
  if (config.neo4j) {
    progress(`neo4j: using ${config.neo4j.uri}${config.neo4j.database ? ` (database ${config.neo4j.database})` : ''}`);
    return config.neo4j;
  }
  const { dataDir, boltPort } = config.embedded;
  progress(`neo4j: no NEO4J_URI set; starting the embedded Neo4j on port ${boltPort} with its data in ${dataDir}`);
  running.embedded = new EmbeddedNeo4jSupervisor({ dataDir, boltPort, log: progress, events: logger });
  const { uri, user, password } = await running.embedded.start();
  return { uri, user, password };
}

async function start(running: Running): Promise<void> {
  const config = readConfig();
  const settings = await startNeo4j(config, running);
  running.db = connectDatabase(settings);
  await waitForDatabase(running.db, {
    signal: running.stopping.signal,
    onRetry: (attempt, error, waitMs) => {
      logger.error({ msg: 'neo4j not answering', uri: settings.uri, attempt, error: error.message, cause: (error.cause as Error)?.message });
      progress(`neo4j: ${settings.uri} does not answer (${error.message}); trying again in ${waitMs / 1000} s`);
    },
  });
  await applySchema(running.db);
  progress('neo4j: schema applied');
  await loadSeedCorpus(running.db, { onProgress: progress });

  const allowedHosts = [config.host, ...config.allowedHosts];
  const app = createApp({ db: running.db, logger, limits: config.limits, writes: config.writes, allowedHosts, analyst: config.analyst, answers: config.answers });
  progress(config.writes.token ? 'whosaid: writes are on (WHOSAID_WRITE_TOKEN is set)' : 'whosaid: writes are off; set WHOSAID_WRITE_TOKEN to add articles from the explorer or the API');
  await new Promise<void>((resolve, reject) => {
    running.server = app.listen(config.port, config.host, () => resolve()).on('error', reject);
  });
  const address = running.server!.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ msg: 'listening', host: config.host, port });
  progress(`whosaid: ${await warmUp(warmUpOrigin(config.host, port), running.stopping.signal)}`);
  if (running.stopping.signal.aborted) return;
  const shownHost = LOOPBACK_NAMES.includes(config.host) ? 'localhost' : config.host;
  progress(`whosaid is ready: open http://${shownHost}:${port}/`);
}

async function stop(running: Running): Promise<void> {
  if (running.stopping.signal.aborted) return;
  running.stopping.abort(new Error('whosaid: stopping'));
  progress('whosaid: stopping');
  const closed = new Promise<void>((resolve) => (running.server ? running.server.close(() => resolve()) : resolve()));
  running.server?.closeAllConnections();
  await closed;
  await running.db?.close();
  await running.embedded?.stop();
}

function fail(error: unknown): void {
  if (running.stopping.signal.aborted) return;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.error({ msg: 'start-up failed', error: message });
  progress(`whosaid: ${message}`);
  stop(running).finally(() => process.exit(1));
}

const running: Running = { stopping: new AbortController() };
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stop(running).then(() => process.exit(0), (error) => {
      progress(`whosaid: could not stop cleanly: ${String(error)}`);
      process.exit(1);
    });
  });
}
start(running).catch(fail);
