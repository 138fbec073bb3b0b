// How long to wait before trying something again: doubling from a second, capped, so a long outage costs little.

export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };

/** The wait before try number `attempt` (1 for the first retry). */
export function backoffDelay(attempt: number, { initialMs, maxMs }: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(maxMs, initialMs * 2 ** Math.max(0, attempt - 1));
}
