// Runs layout jobs in a worker, so that a force layout never holds the page's thread; on the page when no worker can start.
import { runLayoutJob, type LayoutJob, type LayoutPositions } from './layout-job';
import type { LayoutAnswer } from './layout-worker';

/** Built beside app.js by scripts/build-client.ts. */
const WORKER_FILE = 'layout-worker.js';

let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, { resolve(laidOut: LaidOut): void; job: LayoutJob }>();

/** The positions, and where they were computed: 'page' when no worker could run the job. */
export interface LaidOut {
  positions: LayoutPositions;
  thread: 'worker' | 'page';
}

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL(WORKER_FILE, document.baseURI), { name: 'whosaid layout' });
    worker.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      waiting.delete(data.id);
      if ('positions' in data) pending.resolve({ positions: data.positions, thread: 'worker' });
      else {
        // A job the worker could not run is run on the page: slower, but the canvas is laid out all the same.
        console.error(`layout worker: ${data.error}`);
        pending.resolve(onThePage(pending.job));
      }
    };
    worker.onerror = (event) => {
      // The worker itself failed (it could not load): every job it held, and every later one, runs on the page.
      console.error(`layout worker: ${event.message}`);
      worker?.terminate();
      worker = null;
      for (const [id, pending] of waiting) {
        waiting.delete(id);
        pending.resolve(onThePage(pending.job));
      }
    };
  } catch (error) {
    console.error(`layout worker: ${error instanceof Error ? error.message : String(error)}`);
    worker = null;
  }
  return worker;
}

function onThePage(job: LayoutJob): LaidOut {
  return { positions: runLayoutJob(job), thread: 'page' };
}

/** The job's positions, computed in the worker when one runs. */
export function layOutOffThePage(job: LayoutJob): Promise<LaidOut> {
  const running = layoutWorker();
  if (!running) return Promise.resolve(onThePage(job));
  return new Promise((resolve) => {
    const id = ++lastId;
    waiting.set(id, { resolve, job });
    running.postMessage({ id, job });
  });
}
