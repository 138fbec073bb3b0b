// The opening canvas laid out on the server: the page's own job for the whole graph, computed once, never in the way.
import { expect } from 'chai';
import type { GraphPayload } from '../../../server/contract';
import { runLayoutJob } from '../../../server/canvas-layout/layout-job';
import { layoutEffort, type LayoutJob } from '../../../server/canvas-layout/layout-plan';
import { layoutSize } from '../../../server/canvas-layout/node-size';
import { OPENING_CANVAS_LIMIT } from '../../../server/canvas-layout/opening-canvas';
import { openingLayoutJob, openingLayouts } from '../../../server/opening-canvas/opening-layout';

/** A speaker with `quotes` statements, one about a place, and a statement that cites itself (a loop). */
function graph(quotes = 3): GraphPayload {
  const statements = Array.from({ length: quotes }, (_, i) => `s${i}`);
  return {
    elements: {
      nodes: [
        { data: { id: 'person:a', label: 'A', type: 'person' } },
        { data: { id: 'place:k', label: 'K', type: 'place' } },
        ...statements.map((id) => ({ data: { id, label: id, type: 'statement' as const } })),
      ],
      edges: [
        ...statements.map((id) => ({ data: { id: `SAID:${id}`, source: 'person:a', target: id, type: 'SAID' } })),
        { data: { id: 'ABOUT:s0', source: 's0', target: 'place:k', type: 'ABOUT' } },
        { data: { id: 'LOOP:s1', source: 's1', target: 's1', type: 'ABOUT' } },
      ],
    },
  };
}

const computed = async (job: LayoutJob) => runLayoutJob(job);

describe('server/opening-canvas/opening-layout', () => {
  it('When the job is built from the graph, then nodes keep their order and are as big as the canvas draws them for their degree', () => {
    const job = openingLayoutJob(graph());
    expect(job.nodes.map((node) => node.id)).to.deep.equal(['person:a', 'place:k', 's0', 's1', 's2']);
    expect(job.nodes.map((node) => node.degree)).to.deep.equal([3, 1, 2, 1, 1]);
    expect(job.nodes[0].width).to.equal(layoutSize('person', 3));
    expect(job.nodes[0].height).to.equal(job.nodes[0].width);
    expect(job).to.include({ randomize: true, ...layoutEffort(5) });
    expect(job.edges).to.have.length(5);
  });

  it('When the whole graph is placed, then every node comes with a position, the same on every call', async () => {
    const first = await openingLayouts(computed).place(graph());
    const again = await openingLayouts(computed).place(graph());
    expect(first.late).to.equal(false);
    for (const node of first.graph.elements.nodes) expect(node.position, node.data.id).to.have.keys('x', 'y');
    expect(again).to.deep.equal(first);
    expect(first.graph.elements.edges).to.deep.equal(graph().elements.edges);
  });

  it('When the same graph is placed again, then it is not laid out again', async () => {
    let runs = 0;
    const layouts = openingLayouts(async (job) => ((runs += 1), runLayoutJob(job)));
    await layouts.place(graph());
    await layouts.place(graph());
    expect(runs).to.equal(1);
    await layouts.place(graph(4));
    expect(runs).to.equal(2);
  });

  it('When the graph is larger than the explorer opens whole, or empty, then it goes as it came, unlaid', async () => {
    let runs = 0;
    const layouts = openingLayouts(async (job) => ((runs += 1), runLayoutJob(job)));
    const big = graph(OPENING_CANVAS_LIMIT);
    expect(await layouts.place(big)).to.deep.equal({ graph: big, late: false });
    const empty: GraphPayload = { elements: { nodes: [], edges: [] } };
    expect(await layouts.place(empty)).to.deep.equal({ graph: empty, late: false });
    expect(runs).to.equal(0);
  });

  it('When the layout fails, then the graph goes without positions and the failure is told', async () => {
    const told: string[] = [];
    const broken = openingLayouts(async () => Promise.reject(new Error('the layout thread died')), { onFailure: (error) => told.push(error.message) });
    const placed = await broken.place(graph());
    expect(placed.graph.elements.nodes.every((node) => node.position === undefined)).to.equal(true);
    // A failure is not late: a layout that fails would fail again, so the answer may be kept.
    expect(placed.late).to.equal(false);
    expect(told).to.deep.equal(['the layout thread died']);
  });

  it('When the layout takes longer than a request waits, then that request goes without positions and the next one gets them', async () => {
    const told: string[] = [];
    let finish: () => void = () => undefined;
    let runs = 0;
    const slow = openingLayouts(async (job) => {
      runs += 1;
      await new Promise<void>((resolve) => (finish = resolve));
      return runLayoutJob(job);
    }, { timeoutMs: 20, onFailure: (error) => told.push(error.message) });
    const [first, second] = await Promise.all([slow.place(graph()), slow.place(graph())]);
    expect([first.late, second.late]).to.deep.equal([true, true]);
    expect([...first.graph.elements.nodes, ...second.graph.elements.nodes].every((node) => node.position === undefined)).to.equal(true);
    expect(told).to.deep.equal(['the opening layout took more than 20 ms', 'the opening layout took more than 20 ms']);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const later = await slow.place(graph());
    expect(later.late).to.equal(false);
    expect(later.graph.elements.nodes.every((node) => node.position !== undefined)).to.equal(true);
    expect(runs).to.equal(1);
  });
});
