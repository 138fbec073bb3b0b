// Access to Neo4j through neo4j-driver: managed read and write transactions over named queries, plain rows out.
//
// Every wait is bounded. Each transaction carries a timeout that Neo4j enforces, and the caller stops waiting a
// moment after it, because a stalled server (SIGSTOP, a full disk, a long pause) enforces nothing: past that
// deadline the answer is DatabaseUnavailableError, decided by the deadline set here, never by a driver message.
import neo4j, { Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jSettings } from '../config';
import { DatabaseTimeoutError, DatabaseUnavailableError } from '../errors';
import { withDeadline } from './deadline';
import { cypher, type Query } from './queries';
import { explainQuery, readUntrusted, type QueryPlan, type UntrustedReadOptions, type UntrustedRows } from './untrusted-read';
import { toParams, toRow, type Params, type Row } from './values';

/** What a unit of work may do inside one transaction: run named queries and get plain rows back. */
export interface Transaction {
  run(query: Query, params?: Params): Promise<Row[]>;
  /** Hands each row to `onRow` as the driver streams it in, keeping none: for results too large to hold whole. */
  each(query: Query, params: Params, onRow: (row: Row) => void): Promise<void>;
}

export type Work<T> = (tx: Transaction) => Promise<T>;

export interface WorkOptions {
  /** The transaction's time limit; the database's query timeout when absent. */
  timeoutMs?: number;
}

export interface Database {
  /** Runs `work` in a read transaction; the driver re-runs it on transient failures. */
  read<T>(work: Work<T>, options?: WorkOptions): Promise<T>;
  /** Runs `work` in one write transaction; the driver re-runs it on transient failures, so it must be idempotent. */
  write<T>(work: Work<T>, options?: WorkOptions): Promise<T>;
  /** Resolves when Neo4j answers on the configured database; throws DatabaseUnavailableError when it does not. */
  ping(): Promise<void>;
  /** The same connection, with reads and writes limited to `timeoutMs` unless they say otherwise (the API's view). */
  withQueryTimeout(timeoutMs: number): Database;
  /** Plans an analyst's query without running it (EXPLAIN): its query type and operators. */
  explain(text: string, params: Params): Promise<QueryPlan>;
  /** Runs an analyst's query in one read transaction with a time limit, keeping at most `maxRows` rows; never retried. */
  readUntrusted(text: string, params: Params, options: UntrustedReadOptions): Promise<UntrustedRows>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** How long the driver keeps retrying a transaction that failed for a transient reason (ms). */
  maxRetryTimeMs?: number;
  /** Each transaction's time limit unless it asks for another (ms); long by default, for loads and schema. */
  queryTimeoutMs?: number;
  /** How long the health probe waits for an answer (ms). */
  pingTimeoutMs?: number;
}

/** How long past a transaction's own time limit the caller still waits for Neo4j to report it. */
export const DEADLINE_GRACE_MS = 1_000;
const DEFAULT_QUERY_TIMEOUT_MS = 60_000;
const DEFAULT_PING_TIMEOUT_MS = 1_500;
/** The longest any one transaction may ask for; connection acquisition waits past it, so a deadline always ends the wait first. */
const LONGEST_WORK_MS = 600_000;

/** Error codes meaning "Neo4j is not reachable or not serving now", as opposed to a fault in the query. */
const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  // A database name that does not exist (NEO4J_DATABASE): nothing can be served until the setting is fixed.
  'Neo.ClientError.Database.DatabaseNotFound',
  // Credentials refused (a wrong NEO4J_PASSWORD, or a password file that no longer matches): the same.
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Error codes meaning "Neo4j stopped the transaction at its time limit". */
const TIMED_OUT_CODES = new Set<string>([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** The driver's message (hosts, ports) stays in `cause` for the server log; the API shows the code only. */
export function classifyError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new DatabaseUnavailableError(`neo4j: the database is unavailable (${error.code})`, { cause: error });
  }
  if (TIMED_OUT_CODES.has(error.code)) {
    return new DatabaseTimeoutError(`neo4j: the query ran past its time limit (${error.code})`, { cause: error });
  }
  return error;
}

/** Connects lazily (the driver opens connections on first use); works with bolt:// and neo4j:// (routing) URIs. */
export function connectDatabase(settings: Neo4jSettings, options: ConnectOptions = {}): Database {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    maxTransactionRetryTime: options.maxRetryTimeMs ?? 2_000,
    connectionTimeout: 2_000,
    // The driver's own acquisition timeout fails without an error code; waiting past every deadline set here
    // means a deadline, classified by this module, always ends the wait first.
    connectionAcquisitionTimeout: LONGEST_WORK_MS + 2 * DEADLINE_GRACE_MS,
    userAgent: 'whosaid',
  });
  return view({ driver, database: settings.database, pingTimeoutMs: options.pingTimeoutMs ?? DEFAULT_PING_TIMEOUT_MS },
    options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS);
}

interface Connection {
  driver: Driver;
  database: string | undefined;
  pingTimeoutMs: number;
}

function view(connection: Connection, queryTimeoutMs: number): Database {
  const limit = (options?: WorkOptions): Bounds => {
    const timeoutMs = Math.min(options?.timeoutMs ?? queryTimeoutMs, LONGEST_WORK_MS);
    return { timeoutMs, waitMs: timeoutMs + DEADLINE_GRACE_MS };
  };
  return {
    read: (work, options) => inSession(connection, neo4j.session.READ, limit(options),
      (session, timeout) => session.executeRead((tx) => work(runner(tx)), { timeout })),
    write: (work, options) => inSession(connection, neo4j.session.WRITE, limit(options),
      (session, timeout) => session.executeWrite((tx) => work(runner(tx)), { timeout })),
    ping: () => inSession(connection, neo4j.session.READ, { timeoutMs: connection.pingTimeoutMs, waitMs: connection.pingTimeoutMs }, probe),
    withQueryTimeout: (timeoutMs) => view(connection, timeoutMs),
    explain: (text, params) => explainQuery(connection.driver, connection.database, text, params)
      .catch((error) => { throw classifyError(error); }),
    readUntrusted: (text, params, options) => readUntrusted(connection.driver, connection.database, text, params, options)
      .catch((error) => { throw classifyError(error); }),
    close: () => connection.driver.close(),
  };
}

type Session = ReturnType<Driver['session']>;

/** The transaction's time limit, which Neo4j enforces, and how long the caller waits at most. */
interface Bounds {
  timeoutMs: number;
  waitMs: number;
}

async function inSession<T>(
  { driver, database }: Connection, accessMode: 'READ' | 'WRITE', { timeoutMs, waitMs }: Bounds,
  use: (session: Session, timeoutMs: number) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: accessMode });
  let late = false;
  try {
    return await withDeadline(use(session, timeoutMs), waitMs, () => {
      late = true;
      return new DatabaseUnavailableError(`neo4j: no answer within ${waitMs} ms; the database is stalled or overloaded`);
    });
  } catch (error) {
    throw classifyError(error);
  } finally {
    // A session waiting on a stalled server would hold this answer too: past the deadline it closes in the background.
    const closing = session.close().catch(() => undefined);
    if (!late) await closing;
  }
}

/**
 * One attempt, on purpose: a managed transaction would keep retrying an unreachable server for the whole
 * retry time, and a health check must answer at once. The query runs on the database itself, because a
 * server can answer while the configured database does not exist.
 */
async function probe(session: Session, timeoutMs: number): Promise<void> {
  await session.run(cypher('read/ping').text, {}, { timeout: timeoutMs });
}

function runner(tx: ManagedTransaction): Transaction {
  return {
    async run(query, params = {}) {
      const result = await tx.run(query.text, toParams(params));
      return result.records.map(toRow);
    },
    async each(query, params, onRow) {
      for await (const record of tx.run(query.text, toParams(params))) onRow(toRow(record));
    },
  };
}
