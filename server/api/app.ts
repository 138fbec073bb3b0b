// Builds the Express app (API under /api, the client's files at /) without listening: start.ts and tests listen.
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Database } from '../graph/database';
import { DEFAULT_ANALYST_LIMITS, type AnalystLimits } from '../use-cases/analyst-limits';
import { errorHandler } from './error-handler';
import { jsonLogger, type Logger } from './logger';
import { mountRoutes } from './mount';
import { requestLog } from './request-log';
import { apiRoutes } from './routes';

export const CLIENT_DIRECTORY = join(__dirname, '..', '..', 'client');

export interface AppDeps {
  db: Database;
  logger?: Logger;
  /** Folder served at /: index.html and the bundle in dist/. */
  clientDirectory?: string;
  /** Bounds of analysts' queries; each defaults on its own. */
  analyst?: Partial<AnalystLimits>;
}

/** Enough for the longest query text the contract accepts and its parameters. */
const JSON_BODY_LIMIT = '1mb';

export function createApp({ db, logger = jsonLogger(), clientDirectory = CLIENT_DIRECTORY, analyst = {} }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  // Answers of a few kilobytes and more (graphs, quotes, analysts' rows) shrink several times over; small ones go as they are.
  app.use(compression({ threshold: 1024 }));
  app.use((_req, res, next) => {
    // Article text travels as JSON data only; browsers must never sniff a response into HTML.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use('/api', express.json({ limit: JSON_BODY_LIMIT }));
  app.use('/api', mountRoutes(apiRoutes({ db, logger, analyst: { ...DEFAULT_ANALYST_LIMITS, ...analyst } })));
  app.use(express.static(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
