// Builds the Express app (API under /api, the client's files at /) without listening: start.ts and tests listen.
import { join } from 'node:path';
import express, { type Express } from 'express';
import { DEFAULT_BODY_LIMIT_BYTES, type WriteSettings } from '../config';
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
  /** The write token (none: writes off) and the body size limit; see config.ts. */
  writes?: WriteSettings;
}

const WRITES_OFF: WriteSettings = { token: null, bodyLimitBytes: DEFAULT_BODY_LIMIT_BYTES };

export function createApp({ db, logger = jsonLogger(), clientDirectory = CLIENT_DIRECTORY, writes = WRITES_OFF }: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog(logger));
  app.use((_req, res, next) => {
    // Article text travels as JSON data only; browsers must never sniff a response into HTML.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    next();
  });
  app.use('/api', mountRoutes(apiRoutes({ db, logger, writes }), { writes }));
  app.use(express.static(clientDirectory));
  app.use(errorHandler(logger));
  return app;
}
