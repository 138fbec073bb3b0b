// The layout worker's entry: runs layout jobs away from the page's thread and answers with positions, or the error.
import { runLayoutJob } from '../../server/canvas-layout/layout-job';
import type { LayoutJob } from '../../server/canvas-layout/layout-plan';

export type LayoutRequest = { id: number; job: LayoutJob };
export type LayoutAnswer = { id: number; positions: ReturnType<typeof runLayoutJob> } | { id: number; error: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage(answer: LayoutAnswer): void };

scope.onmessage = ({ data: { id, job } }) => {
  try {
    scope.postMessage({ id, positions: runLayoutJob(job) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};

// A small layout as soon as the worker starts, while the page still waits for its data: the first real job then runs
// compiled code, not code the engine is still interpreting.
runLayoutJob({
  nodes: Array.from({ length: 24 }, (_, i) => ({ id: `n${i}`, type: i % 3 ? 'statement' : 'person', degree: 2, width: 20, height: 20, position: { x: 0, y: 0 } })),
  edges: Array.from({ length: 24 }, (_, i) => ({ id: `e${i}`, source: `n${i}`, target: `n${(i * 7 + 1) % 24}`, type: 'SAID' })),
  randomize: true, quality: 'proof', numIter: 200, fixed: [], seed: 1,
});
