// One force layout as plain data in and positions out, so that it can run in a worker, away from the page's thread.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { forceLayout } from './force-layout';
import type { LayoutJob, LayoutPositions } from './layout-plan';
import { withSeededRandom } from './seeded-random';

cytoscape.use(fcose);

/** Lays out the job's graph on a headless Cytoscape with the explorer's own force layout; the same job, the same positions. */
export function runLayoutJob(job: LayoutJob): LayoutPositions {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: {
      nodes: job.nodes.map(({ id, type, degree, width, height, position }) => ({ data: { id, type, degree, width, height }, position: { ...position } })),
      edges: job.edges.map(({ id, source, target, type }) => ({ data: { id, source, target, type } })),
    },
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)', 'border-width': 0, padding: '0' } }],
  } as cytoscape.CytoscapeOptions);
  const layout = cy.layout({
    ...forceLayout(),
    randomize: job.randomize,
    quality: job.quality,
    numIter: job.numIter,
    // A headless canvas has no size to fit: the page fits the positions once it has them.
    fit: false,
    ...(job.fixed.length > 0 ? { fixedNodeConstraint: job.fixed } : {}),
  } as unknown as cytoscape.LayoutOptions);
  withSeededRandom(job.seed, () => layout.run());
  const positions: LayoutPositions = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x, y };
  });
  cy.destroy();
  return positions;
}
