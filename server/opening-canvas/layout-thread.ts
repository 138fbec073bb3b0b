// The server's layout thread: runs one layout job in a worker of the pool (layout-thread-pool.ts), off the event loop.
import { runLayoutJob } from '../canvas-layout/layout-job';
import type { LayoutJob, LayoutPositions } from '../canvas-layout/layout-plan';

export default function layOutInThread(job: LayoutJob): LayoutPositions {
  return runLayoutJob(job);
}
