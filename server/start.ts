// Starts whosaid: the configured Neo4j (or the embedded default), the schema, the seed corpus when empty, the explorer.
import type { Server } from 'node:http';
import { readConfig, type Neo4jSettings } from './config';
import { createApp } from './api/app';
import { jsonLogger } from './api/logger';
import { connectDatabase, type Database } from './graph/database';
import { applySchema } from './graph/schema';
import { loadSeedCorpus } from './load/seed';
import { defaultDataDir } from './embedded-neo4j/paths';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embedded-neo4j/start';

const logger = jsonLogger();
const progress = (line: string) => process.stderr.write(`${line}\n`);

interface Running {
  server?: Server;
  db?: Database;
  embedded?: EmbeddedNeo4j;
}

async function start(running: Running): Promise<void> {
  const config = readConfig();
  let settings: Neo4jSettings;
  if (config.neo4j) {
    settings = config.neo4j;
    progress(`neo4j: using ${settings.uri}${settings.database ? ` (database ${settings.database})` : ''}`);
  } else {
    progress(`neo4j: no NEO4J_URI set; starting the embedded Neo4j with its data in ${defaultDataDir()}`);
    running.embedded = await startEmbeddedNeo4j({ dataDir: defaultDataDir(), log: progress });
    settings = { uri: running.embedded.uri, user: running.embedded.user, password: running.embedded.password };
    running.embedded.exited.then(() => {
      if (!stopping) fail(new Error('the embedded Neo4j stopped unexpectedly; see .neo4j/data/logs/debug.log'));
    });
  }
  running.db = connectDatabase(settings);
  await running.db.ping();
  await applySchema(running.db);
  progress('neo4j: schema applied');
  await loadSeedCorpus(running.db, { onProgress: progress });

  const app = createApp({ db: running.db, logger, analyst: config.analyst });
  await new Promise<void>((resolve, reject) => {
    running.server = app.listen(config.port, () => resolve()).on('error', reject);
  });
  const address = running.server!.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info({ msg: 'listening', port });
  progress(`whosaid is ready: open http://localhost:${port}/`);
}

let stopping = false;

async function stop(running: Running): Promise<void> {
  if (stopping) return;
  stopping = true;
  progress('whosaid: stopping');
  const closed = new Promise<void>((resolve) => (running.server ? running.server.close(() => resolve()) : resolve()));
  running.server?.closeAllConnections();
  await closed;
  await running.db?.close();
  await running.embedded?.stop();
}

function fail(error: unknown): void {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  logger.error({ msg: 'start-up failed', error: message });
  progress(`whosaid: ${message}`);
  stop(running).finally(() => process.exit(1));
}

const running: Running = {};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stop(running).then(() => process.exit(0), (error) => {
      progress(`whosaid: could not stop cleanly: ${String(error)}`);
      process.exit(1);
    });
  });
}
start(running).catch(fail);
