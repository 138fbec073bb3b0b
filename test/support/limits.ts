// Limits for tests of what the API answers: deadlines long enough for a busy shared machine, no rate limit in the way.
//
// The default deadlines (config.ts) are tested where they are the subject: test/security and test/faults.
import { defaultLimits, type Limits } from '../../server/config';

export const RELAXED_LIMITS: Limits = {
  ...defaultLimits(),
  requestTimeoutMs: 120_000,
  queryTimeoutMs: 110_000,
  rateLimit: 1_000_000,
};

/** Connection options to match: the health probe may take as long as a cold Neo4j on a busy machine needs. */
export const RELAXED_CONNECT = { pingTimeoutMs: 30_000 };
