// Which Neo4j the ingest writes to: NEO4J_URI when set, else the running embedded Neo4j, else one started for it.
import { readConfig, type EmbeddedSettings, type Neo4jSettings } from '../../config';
import { runningEmbeddedNeo4j } from '../../embedded-neo4j/credentials';
import { startEmbeddedNeo4j } from '../../embedded-neo4j/start';
import { connectDatabase, type Database } from '../../graph/database';
import { applySchema } from '../../graph/schema';

export interface IngestTarget {
  db: Database;
  /** Said to the user: which database this is. */
  description: string;
  /** Closes the connection, and stops the embedded Neo4j if the ingest started it. */
  close(): Promise<void>;
}

/**
 * Concurrent ingests and the server share the database, so a transaction that meets a deadlock or another
 * transient error is retried for a long while before the batch counts as failed.
 */
const WRITE_RETRY_MS = 120_000;

export async function openIngestTarget(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<IngestTarget> {
  const config = readConfig(env);
  const chosen = await chooseDatabase(config.neo4j, config.embedded, log);
  const db = connectDatabase(chosen.settings, { maxRetryTimeMs: WRITE_RETRY_MS });
  try {
    await db.ping();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await chosen.stop?.();
    throw error;
  }
  return {
    db,
    description: chosen.description,
    close: async () => {
      await db.close();
      await chosen.stop?.();
    },
  };
}

interface Chosen {
  settings: Neo4jSettings;
  description: string;
  stop?: () => Promise<void>;
}

/** The one place that decides where the ingest writes. */
async function chooseDatabase(
  configured: Neo4jSettings | null, { dataDir, boltPort }: EmbeddedSettings, log: (line: string) => void,
): Promise<Chosen> {
  if (configured) return { settings: configured, description: `${configured.uri} (NEO4J_URI)` };
  const running = runningEmbeddedNeo4j(dataDir);
  if (running) return { settings: running, description: `the running embedded Neo4j at ${running.uri} (user ${running.user}, password in ${running.passwordFile})` };
  log(`ingest: no NEO4J_URI and no embedded Neo4j running; starting it with its data in ${dataDir}`);
  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort, log });
  return {
    settings: { uri: embedded.uri, user: embedded.user, password: embedded.password },
    description: `the embedded Neo4j started for this ingest (data in ${dataDir})`,
    stop: () => embedded.stop(),
  };
}
