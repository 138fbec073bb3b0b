// Builds the Express app (API under /api, the client's files at /) without listening: start.ts and tests listen.
import { join } from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import type { Database } from '../graph/database';
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
}

export function createApp({ db, logger = jsonLogger(), clientDirectory = CLIENT_DIRECTORY }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use((_req, res, next) => {
    // Article text travels as JSON data only; browsers must never sniff a response into HTML.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  // Graph answers are repetitive JSON: gzip makes them several times smaller on the wire.
  app.use(compression());
  app.use('/api', express.json({ limit: '1mb' }), mountRoutes(apiRoutes({ db, logger })));
  app.use(express.static(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
