// Builds the Express app (API under /api, the built client at /) without listening: start.ts and tests listen.
import express, { type Express } from 'express';
import { defaultLimits, defaultWrites, type Limits, type WriteSettings } from '../config';
import type { Database } from '../graph/database';
import { clientFiles, CLIENT_DIST } from './client-files';
import { errorHandler, errorResponder } from './error-handler';
import { hostCheck } from './host-check';
import { jsonLogger, type Logger } from './logger';
import { mountRoutes } from './mount';
import { expensiveRouteLimiter } from './rate-limit';
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
  /** The write token (none: writes off), the body size limit and the deadline of writes; see config.ts. */
  writes?: WriteSettings;
  /** Host header names accepted besides the loopback ones (HOST, ALLOWED_HOSTS). */
  allowedHosts?: string[];
}

export function createApp({
  db, logger = jsonLogger(), clientDirectory = CLIENT_DIST, limits = defaultLimits(), writes = defaultWrites(), allowedHosts = [],
}: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(hostCheck(allowedHosts));
  const routes = apiRoutes({
    db: db.withQueryTimeout(limits.queryTimeoutMs),
    longDb: db.withQueryTimeout(limits.longRequestTimeoutMs),
    logger,
    writes,
  });
  app.use('/api', mountRoutes(routes, {
    limits,
    writes,
    respond: errorResponder(logger),
    expensive: expensiveRouteLimiter({ limit: limits.rateLimit, windowMs: limits.rateWindowMs }),
  }));
  app.use(clientFiles(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
