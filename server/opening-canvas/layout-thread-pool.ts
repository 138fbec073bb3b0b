// One worker thread for the server's layouts, started on the first layout and let go when idle: a layout of a few
// hundred nodes holds a thread for about half a second, which the event loop serving every request cannot spare.
// Piscina unrefs an idle thread, so it never keeps a stopping process alive.
import path from 'node:path';
import Piscina from 'piscina';
import { workerBundle } from '../bundle';
import type { LayoutJob, LayoutPositions } from '../canvas-layout/layout-plan';
import type { LayoutRunner } from './opening-layout';

/** An idle thread stays this long for the next layout (a graph changed by an ingest), then exits. */
const IDLE_MS = 60_000;

export function layoutThread(): LayoutRunner {
  let pool: Promise<Piscina> | null = null;
  const started = () => (pool ??= workerBundle(path.join(__dirname, 'layout-thread.ts'), 'layout-thread')
    .then((filename) => new Piscina({ filename, minThreads: 0, maxThreads: 1, idleTimeout: IDLE_MS }))
    .catch((error: unknown) => {
      // The next layout tries again rather than failing for the life of the server.
      pool = null;
      throw error;
    }));
  return async (job: LayoutJob) => (await started()).run(job) as Promise<LayoutPositions>;
}
