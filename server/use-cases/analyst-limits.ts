// The bounds of every analyst's query, with their defaults; the environment can change them (server/config.ts).

export interface AnalystLimits {
  /** Neo4j stops the transaction past this. */
  timeoutMs: number;
  /** Rows past this are discarded and the answer says `truncated`. */
  maxRows: number;
  /** Rows whose JSON would pass this size are left out and the answer says `truncated`. */
  maxBytes: number;
  /** Analysts' queries Neo4j runs at once. */
  concurrency: number;
}

export const DEFAULT_ANALYST_LIMITS: AnalystLimits = {
  timeoutMs: 10_000,
  maxRows: 5_000,
  maxBytes: 10 * 1024 * 1024,
  concurrency: 4,
};

/** How long past the time limit the API waits for Neo4j to stop a query before answering 504 itself. */
export const STOP_GRACE_MS = 2_000;
