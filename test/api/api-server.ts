// Starts the app on a free port for API tests and keeps what it logs, so tests can read both.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/api/app';
import type { LogEntry, Logger } from '../../server/api/logger';
import type { WriteSettings } from '../../server/config';
import type { Database } from '../../server/graph/database';
import type { OpeningLayouts } from '../../server/opening-canvas/opening-layout';
import type { AnalystLimits } from '../../server/use-cases/analyst-limits';
import { DEFAULT_ANSWER_CACHE, type AnswerCacheSettings } from '../../server/use-cases/answer-cache';
import { RELAXED_LIMITS } from '../support/limits';

export interface ApiServer {
  base: string;
  info: LogEntry[];
  errors: LogEntry[];
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>;
  /** Sends `body` as JSON. */
  post(path: string, body: unknown): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
}

export async function startApiServer(
  db: Database, clientDirectory?: string,
  options: { writes?: WriteSettings; analyst?: Partial<AnalystLimits>; answers?: AnswerCacheSettings; layouts?: OpeningLayouts } = {},
): Promise<ApiServer> {
  const info: LogEntry[] = [];
  const errors: LogEntry[] = [];
  const logger: Logger = { info: (entry) => info.push(entry), error: (entry) => errors.push(entry) };
  const server = createApp({ db, logger, clientDirectory, limits: RELAXED_LIMITS, writes: options.writes, analyst: options.analyst,
    // Tests change the graph behind the app's back (clearing, loading): the version is read on every request.
    answers: options.answers ?? { ...DEFAULT_ANSWER_CACHE, recheckMs: 0 },
    layouts: options.layouts,
  }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    info,
    errors,
    get: (path, headers) => answer(fetch(`${base}${path}`, { headers })),
    post: (path, body) => answer(fetch(`${base}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
    })),
    stop: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

async function answer(sent: Promise<Response>): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await sent;
  const type = response.headers.get('content-type') ?? '';
  const body = type.includes('json') ? await response.json() : await response.text();
  return { status: response.status, body, headers: response.headers };
}
