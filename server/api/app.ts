// Builds the Express app (API under /api, the built client at /) without listening: start.ts and tests listen.
import compression from 'compression';
import express, { type Express } from 'express';
import { defaultLimits, type Limits } from '../config';
import type { Database } from '../graph/database';
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
}

export function createApp({ db, logger = jsonLogger(), clientDirectory = CLIENT_DIST, limits = defaultLimits(), allowedHosts = [] }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(hostCheck(allowedHosts));
  app.use(requestDeadline(limits.requestTimeoutMs, errorResponder(logger)));
  // Graph answers are repetitive JSON: gzip makes them several times smaller on the wire.
  app.use(compression());
  app.use('/api', express.json({ limit: limits.jsonBodyLimit }));
  app.use('/api', mountRoutes(apiRoutes({ db: db.withQueryTimeout(limits.queryTimeoutMs), logger }), {
    expensive: expensiveRouteLimiter({ limit: limits.rateLimit, windowMs: limits.rateWindowMs }),
  }));
  app.use(clientFiles(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
