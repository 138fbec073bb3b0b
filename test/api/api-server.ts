// Starts the app on a free port for API tests and keeps what it logs, so tests can read both.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/api/app';
import type { LogEntry, Logger } from '../../server/api/logger';
import type { Database } from '../../server/graph/database';
import { RELAXED_LIMITS } from '../support/limits';

export interface ApiServer {
  base: string;
  info: LogEntry[];
  errors: LogEntry[];
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

export async function startApiServer(db: Database, clientDirectory?: string): Promise<ApiServer> {
  const info: LogEntry[] = [];
  const errors: LogEntry[] = [];
  const logger: Logger = { info: (entry) => info.push(entry), error: (entry) => errors.push(entry) };
  const server = createApp({ db, logger, clientDirectory, limits: RELAXED_LIMITS }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    info,
    errors,
    async get(path) {
      const response = await fetch(`${base}${path}`);
      const type = response.headers.get('content-type') ?? '';
      const body = type.includes('json') ? await response.json() : await response.text();
      return { status: response.status, body, headers: response.headers };
    },
    stop: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}
