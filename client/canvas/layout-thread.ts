// Runs layout jobs in a worker, so that a force layout never holds the page's thread; on the page when no worker can.
import type { LayoutJob, LayoutPositions } from '../../server/canvas-layout/layout-plan';
import { layOutOnThePage } from './page-layout';
import type { LayoutAnswer } from './layout-worker';

/** Built beside app.js by scripts/build-client.ts. */
const WORKER_FILE = 'layout-worker.js';

/**
 * A worker that has not answered a job in this long is taken for dead (it can die without an error event): its jobs
 * run on the page. Far above the longest layout the worker is given (1,500 nodes at draft quality: seconds).
 */
const WORKER_SILENCE_MS = 120_000;

/** The positions, and where they were computed: 'page' when no worker could run the job; none for a job no longer wanted. */
export interface LaidOut {
  positions: LayoutPositions;
  thread: 'worker' | 'page';
}

interface Waiting {
  job: LayoutJob;
  wanted(): boolean;
  resolve(laidOut: LaidOut | Promise<LaidOut>): void;
  timer: number;
}

let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, Waiting>();

/**
 * A job the worker could not run runs on the page: slower, but the canvas is laid out all the same. One that a later
 * layout replaced meanwhile is not run at all (it would hold the page for nothing).
 */
function fallBack(id: number, why: string): void {
  const pending = waiting.get(id);
  if (!pending) return;
  waiting.delete(id);
  window.clearTimeout(pending.timer);
  console.error(`layout worker: ${why}`);
  pending.resolve(pending.wanted() ? onThePage(pending.job, pending.wanted) : { positions: {}, thread: 'page' });
}

/** The worker failed as a whole (it could not load, or went silent): its jobs, and every later one, run on the page. */
function abandonWorker(why: string): void {
  worker?.terminate();
  worker = null;
  for (const id of [...waiting.keys()]) fallBack(id, why);
}

function layoutWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL(WORKER_FILE, document.baseURI), { name: 'whosaid layout' });
    worker.onmessage = ({ data }: MessageEvent<LayoutAnswer>) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      if (!('positions' in data)) return fallBack(data.id, data.error);
      waiting.delete(data.id);
      window.clearTimeout(pending.timer);
      pending.resolve({ positions: data.positions, thread: 'worker' });
    };
    worker.onerror = (event) => abandonWorker(event.message || 'the worker failed');
    worker.onmessageerror = () => abandonWorker('an answer of the worker could not be read');
  } catch (error) {
    console.error(`layout worker: ${error instanceof Error ? error.message : String(error)}`);
    worker = null;
  }
  return worker;
}

/** The job laid out on the page's own thread (the layout's chunk loaded first); no positions once it is not wanted. */
export async function onThePage(job: LayoutJob, wanted: () => boolean): Promise<LaidOut> {
  return { positions: await layOutOnThePage(job, wanted), thread: 'page' };
}

/**
 * A job a later layout replaced would hold the worker to its end, seconds on a large canvas, and the later job would
 * wait behind it: that worker is stopped, and a fresh one (its script cached, so it only compiles again) takes the
 * jobs still wanted.
 */
export function stopReplacedLayouts(): void {
  const unwanted = [...waiting].filter(([, pending]) => !pending.wanted());
  if (unwanted.length === 0 || !worker) return;
  worker.terminate();
  worker = undefined;
  for (const [id, pending] of unwanted) {
    waiting.delete(id);
    window.clearTimeout(pending.timer);
    pending.resolve({ positions: {}, thread: 'worker' });
  }
  if (waiting.size === 0) return;
  const fresh = layoutWorker();
  for (const [id, pending] of waiting) {
    if (fresh) fresh.postMessage({ id, job: pending.job });
    else fallBack(id, 'no worker could be started again');
  }
}

/** The job's positions, computed in the worker when one runs; `wanted` says whether they are still of use. */
export function layOutOffThePage(job: LayoutJob, wanted: () => boolean): Promise<LaidOut> {
  const running = layoutWorker();
  if (!running) return onThePage(job, wanted);
  return new Promise((resolve) => {
    const id = ++lastId;
    const timer = window.setTimeout(() => abandonWorker(`no answer in ${WORKER_SILENCE_MS / 1000} s`), WORKER_SILENCE_MS);
    waiting.set(id, { job, wanted, resolve, timer });
    running.postMessage({ id, job });
  });
}
