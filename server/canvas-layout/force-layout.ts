// The force-directed layout (fCoSE), tuned so that statements hug their speaker and articles do not pull everything into one knot.
// Shared by the page, its layout worker and the server, which lays out the opening canvas once for every browser.

import type { EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';

export const LAYOUT_PADDING = 40;

/** Shorter springs for what belongs together (a speaker and their words), longer ones for bookkeeping links to sources. */
export function idealEdgeLength(edgeType: string): number {
  switch (edgeType) {
    case 'SAID':
    case 'ACTOR':
      return 45;
    case 'ABOUT':
    case 'TARGET':
    case 'VIA':
    case 'CLAIMS':
      return 90;
    default:
      return 140;
  }
}

/** Links to articles are weak springs: every entity is mentioned somewhere, and strong ones would make a hairball. */
export function edgeElasticity(edgeType: string): number {
  return edgeType === 'MENTIONS' || edgeType === 'REPORTED_IN' ? 0.12 : edgeType === 'ACTOR' || edgeType === 'TARGET' ? 0.2 : 0.45;
}

/**
 * Entities push each other apart harder than statements and events, which should stay close to who said or did them;
 * hubs push hardest, so that two big neighbours ("Russia", "Ukraine") do not end up on top of each other.
 */
export function nodeRepulsion(nodeType: string, degree: number): number {
  if (nodeType === 'statement' || nodeType === 'event') return 4500;
  return 9000 + 1200 * Math.min(degree, 40);
}

/** Runs to the end in one go: the label adjustment that follows needs the final positions, not frames of an animation. */
export function forceLayout(): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: true,
    padding: LAYOUT_PADDING,
    nodeDimensionsIncludeLabels: false,
    nodeRepulsion: (node: NodeSingular) => nodeRepulsion(node.data('type'), node.data('degree')),
    idealEdgeLength: (edge: EdgeSingular) => idealEdgeLength(edge.data('type')),
    edgeElasticity: (edge: EdgeSingular) => edgeElasticity(edge.data('type')),
    nestingFactor: 0.1,
    gravity: 0.8,
    gravityRange: 2.5,
    numIter: 2500,
    tile: true,
  } as LayoutOptions;
}
