// Builds the Express app (API under /api, the built client at /) without listening: start.ts and tests listen.
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { defaultLimits, type Limits } from '../config';
import type { Database } from '../graph/database';
import { DEFAULT_ANALYST_LIMITS, STOP_GRACE_MS, type AnalystLimits } from '../use-cases/analyst-limits';
import { clientFiles, CLIENT_DIST } from './client-files';
import { errorHandler, errorResponder } from './error-handler';
import { hostCheck } from './host-check';
import { jsonLogger, type Logger } from './logger';
import { mountRoutes } from './mount';
import { expensiveRouteLimiter } from './rate-limit';
import { requestDeadline } from './request-deadline';
import { requestLog } from './request-log';
import { apiRoutes } from './routes';
import { securityHeaders } from './security-headers';

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Folder served at /: the built explorer (index.html, style.css, app.js). */
  clientDirectory?: string;
  /** Deadlines, query time, rate and body limits; the defaults of config.ts when absent. */
  limits?: Limits;
  /** Host header names accepted besides the loopback ones (HOST, ALLOWED_HOSTS). */
  allowedHosts?: string[];
  /** Bounds of analysts' queries; each defaults on its own. */
  analyst?: Partial<AnalystLimits>;
}

/** Analysts' queries have their own, longer time limit (CYPHER_TIMEOUT_MS); their requests get a deadline past it. */
const ANALYST_PATHS = /^\/api\/(cypher|queries\/)/;

export function createApp({
  db, logger = jsonLogger(), clientDirectory = CLIENT_DIST, limits = defaultLimits(), allowedHosts = [], analyst = {},
}: AppDeps): Express {
  const analystLimits = { ...DEFAULT_ANALYST_LIMITS, ...analyst };
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(hostCheck(allowedHosts));
  // Answers of a kilobyte and more (graphs, quotes, analysts' rows) shrink several times over; small ones go as they are.
  app.use(compression({ threshold: 1024 }));
  const deadline = requestDeadline(limits.requestTimeoutMs, errorResponder(logger));
  const analystDeadline = requestDeadline(
    Math.max(limits.requestTimeoutMs, analystLimits.timeoutMs + STOP_GRACE_MS + 1_000), errorResponder(logger));
  app.use(((req, res, next) => (ANALYST_PATHS.test(req.path) ? analystDeadline : deadline)(req, res, next)) as RequestHandler);
  app.use('/api', express.json({ limit: limits.jsonBodyLimit }));
  app.use('/api', mountRoutes(apiRoutes({
    db: db.withQueryTimeout(limits.queryTimeoutMs), analystDb: db.withQueryTimeout(analystLimits.timeoutMs), logger, analyst: analystLimits,
  }), {
    expensive: expensiveRouteLimiter({ limit: limits.rateLimit, windowMs: limits.rateWindowMs }),
  }));
  app.use(clientFiles(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
