// Waits, with back-off, until Neo4j answers: a configured server that is down at start-up is waited for, not given up on.
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffDelay, DEFAULT_BACKOFF, type Backoff } from '../backoff';
import { DatabaseUnavailableError } from '../errors';
import type { Database } from './database';

export interface WaitOptions {
  /** Told of each failed try: what went wrong and when the next comes. */
  onRetry: (attempt: number, error: DatabaseUnavailableError, waitMs: number) => void;
  signal?: AbortSignal;
  backoff?: Backoff;
}

/** Resolves once `db` answers; errors other than "unavailable" (a fault in the query, say) are thrown at once. */
export async function waitForDatabase(db: Database, { onRetry, signal, backoff = DEFAULT_BACKOFF }: WaitOptions): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await db.ping();
      return;
    } catch (error) {
      if (!(error instanceof DatabaseUnavailableError)) throw error;
      const waitMs = backoffDelay(attempt, backoff);
      onRetry(attempt, error, waitMs);
      await sleep(waitMs, undefined, { signal });
    }
  }
}
