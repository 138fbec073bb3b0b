// Limits how often one client may ask for the expensive answers (the whole graph, search), so a few cannot starve the rest.
//
// A route opts in with `expensive: true` in its declaration (route.ts); mount.ts puts this limiter in front of it.
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { RateLimitedError } from '../errors';

export interface RateLimitSettings {
  /** Requests one client address may make within the window, across all expensive routes together. */
  limit: number;
  windowMs: number;
}

/** Past the limit: 429 with Retry-After (seconds until the window resets) and the API's JSON error. */
export function expensiveRouteLimiter({ limit, windowMs }: RateLimitSettings): RequestHandler {
  return rateLimit({
    limit,
    windowMs,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, _res, next) => {
      next(new RateLimitedError(
        `${req.method} ${req.baseUrl}${req.path}: more than ${limit} requests to expensive routes within ${windowMs / 1000} s; `
          + 'wait for the time in Retry-After (RATE_LIMIT and RATE_LIMIT_WINDOW_MS set the limit)',
      ));
    },
  });
}
