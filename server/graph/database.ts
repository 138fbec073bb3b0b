// Access to Neo4j through neo4j-driver: managed read and write transactions over named queries, plain rows out.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jSettings } from '../config';
import { DatabaseUnavailableError } from '../errors';
import { cypher, type Query } from './queries';
import { explainQuery, readUntrusted, type QueryPlan, type UntrustedReadOptions, type UntrustedRows } from './untrusted-read';
import { toParams, toRow, type Params, type Row } from './values';

/** What a unit of work may do inside one transaction: run named queries and get plain rows back. */
export interface Transaction {
  run(query: Query, params?: Params): Promise<Row[]>;
}

export type Work<T> = (tx: Transaction) => Promise<T>;

export interface Database {
  /** Runs `work` in a read transaction; the driver re-runs it on transient failures. */
  read<T>(work: Work<T>): Promise<T>;
  /** Runs `work` in one write transaction; the driver re-runs it on transient failures, so it must be idempotent. */
  write<T>(work: Work<T>): Promise<T>;
  /** Resolves when Neo4j answers on the configured database; throws DatabaseUnavailableError when it does not. */
  ping(): Promise<void>;
  /** Plans an analyst's query without running it (EXPLAIN): its query type and operators. */
  explain(text: string, params: Params): Promise<QueryPlan>;
  /** Runs an analyst's query in one read transaction with a time limit, keeping at most `maxRows` rows; never retried. */
  readUntrusted(text: string, params: Params, options: UntrustedReadOptions): Promise<UntrustedRows>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long the driver keeps retrying a transaction that failed for a transient reason (ms). */
  maxRetryTimeMs?: number;
}

/** Error codes meaning "Neo4j is not reachable or not serving now", as opposed to a fault in the query. */
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  // A database name that does not exist (NEO4J_DATABASE): nothing can be served until the setting is fixed.
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** The driver's message (hosts, ports) stays in `cause` for the server log; the API shows the code only. */
export function classifyError(error: unknown): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
    return new DatabaseUnavailableError(`neo4j: the database is unavailable (${error.code})`, { cause: error });
  }
  return error;
}

/** Connects lazily (the driver opens connections on first use); works with bolt:// and neo4j:// (routing) URIs. */
export function connectDatabase(settings: Neo4jSettings, options: ConnectOptions = {}): Database {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    userAgent: 'whosaid',
  });
  const { database } = settings;
  return {
    read: (work) => inSession(driver, database, neo4j.session.READ, (session) => session.executeRead((tx) => work(runner(tx)))),
    write: (work) => inSession(driver, database, neo4j.session.WRITE, (session) => session.executeWrite((tx) => work(runner(tx)))),
    ping: () => probe(driver, database),
    explain: (text, params) => explainQuery(driver, database, text, params).catch((error) => { throw classifyError(error); }),
    readUntrusted: (text, params, options) => readUntrusted(driver, database, text, params, options)
      .catch((error) => { throw classifyError(error); }),
    close: () => driver.close(),
  };
}

type Session = ReturnType<Driver['session']>;

async function inSession<T>(
  driver: Driver, database: string | undefined, accessMode: 'READ' | 'WRITE', use: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: accessMode });
  try {
    return await use(session);
  } catch (error) {
    throw classifyError(error);
  } finally {
    await session.close();
  }
}

/**
 * One attempt, on purpose: a managed transaction would keep retrying an unreachable server for the whole
 * retry time, and a health check must answer at once. The query runs on the database itself, because a
 * server can answer while the configured database does not exist.
 */
async function probe(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.run(cypher('read/ping').text);
  } catch (error) {
    throw classifyError(error);
  } finally {
    await session.close();
  }
}

function runner(tx: ManagedTransaction): Transaction {
  return {
    async run(query, params = {}) {
      const result = await tx.run(query.text, toParams(params));
      return result.records.map(toRow);
    },
  };
}
