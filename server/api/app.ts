// Builds the Express app (API under /api, the built client at /) without listening: start.ts and tests listen.
import compression from 'compression';
import express, { type Express } from 'express';
import { defaultLimits, defaultWrites, type Limits, type WriteSettings } from '../config';
import type { Database } from '../graph/database';
import { layoutThread } from '../opening-canvas/layout-thread-pool';
import { openingLayouts, type OpeningLayouts } from '../opening-canvas/opening-layout';
import { DEFAULT_ANALYST_LIMITS, STOP_GRACE_MS, type AnalystLimits } from '../use-cases/analyst-limits';
import { answerCache, DEFAULT_ANSWER_CACHE, type AnswerCacheSettings } from '../use-cases/answer-cache';
import { clientFiles, CLIENT_DIST } from './client-files';
import { errorHandler, errorResponder } from './error-handler';
import { hostCheck } from './host-check';
import { jsonLogger, type Logger } from './logger';
import { mountRoutes } from './mount';
import { expensiveRouteLimiter } from './rate-limit';
import { requestLog } from './request-log';
import type { TimeBudget } from './route';
import { apiRoutes } from './routes';
import { securityHeaders } from './security-headers';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Folder served at /: the built explorer (index.html, style.css, app.js). */
  clientDirectory?: string;
  /** Deadlines, query time, rate and body limits; the defaults of config.ts when absent. */
  limits?: Limits;
  /** The write token (none: writes off) and the body size limit of writes; see config.ts. */
  writes?: WriteSettings;
  /** Host header names accepted besides the loopback ones (HOST, ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** Bounds of analysts' queries; each defaults on its own. */
  analyst?: Partial<AnalystLimits>;
  /** The read answers kept until the graph changes (config.ts: ANSWER_CACHE, ANSWER_CACHE_RECHECK_MS). */
  answers?: AnswerCacheSettings;
  /** Lays out the whole graph for the explorer's opening canvas; by default on a worker thread of its own. */
  layouts?: OpeningLayouts;
}

export function createApp({
  db, logger = jsonLogger(), clientDirectory = CLIENT_DIST, limits = defaultLimits(), writes = defaultWrites(), allowedHosts = [],
  analyst = {}, answers = DEFAULT_ANSWER_CACHE, layouts,
}: AppDeps): Express {
  const analystLimits = { ...DEFAULT_ANALYST_LIMITS, ...analyst };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(hostCheck(allowedHosts));
  // Answers of a kilobyte and more (graphs, quotes, analysts' rows) shrink several times over; small ones go as they are.
  app.use(compression({ threshold: 1024 }));
  const routes = apiRoutes({
    db: db.withQueryTimeout(limits.queryTimeoutMs),
    longDb: db.withQueryTimeout(limits.longRequestTimeoutMs),
    analystDb: db.withQueryTimeout(analystLimits.timeoutMs),
    logger,
    writes,
    analyst: analystLimits,
    layouts: layouts ?? openingLayouts(layoutThread(), {
      // Late is expected now and then (a cold thread, a busy machine): the page lays out itself, the next answer is laid out.
      onFailure: (error) => logger.info({ msg: 'opening layout not ready', reason: error.message }),
    }),
  });
  const deadlines: Record<TimeBudget, number> = {
    query: limits.requestTimeoutMs,
    // An analyst's query is stopped at its own limit; the answer then still needs the time to say so.
    analyst: Math.max(limits.requestTimeoutMs, analystLimits.timeoutMs + STOP_GRACE_MS + 1_000),
    long: limits.longRequestTimeoutMs,
  };
  app.use('/api', mountRoutes(routes, {
    deadlines,
    jsonBodyLimitBytes: limits.jsonBodyLimitBytes,
    writes,
    respond: errorResponder(logger),
    expensive: expensiveRouteLimiter({ limit: limits.rateLimit, windowMs: limits.rateWindowMs }),
    probe: () => db.ping(),
    answers: answerCache(db, answers),
  }));
  app.use(clientFiles(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
