// The server's layout thread: runs one layout job in a worker of the pool (layout-thread-pool.ts), off the event loop.
import { runLayoutJob, type LayoutJob, type LayoutPositions } from '../canvas-layout/layout-job';

export default function layOutInThread(job: LayoutJob): LayoutPositions {
  return runLayoutJob(job);
}
