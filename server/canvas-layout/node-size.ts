// How big each node is drawn: the canvas's stylesheet draws these sizes and every layout makes room for them.

/** Entities grow with the square root of their degree so that hubs stand out without swallowing the canvas. */
export function nodeSize(type: string, degree: number): number {
  if (type === 'statement') return 12;
  if (type === 'event') return 16;
  if (type === 'article') return 24;
  return Math.min(60, 22 + 5 * Math.sqrt(degree));
}

/** Every node's border (1.5 px, centred on its edge) adds half its width on each side to what a layout must keep apart. */
export const NODE_BORDER = 1.5;

/** The width and height a layout keeps for a node: Cytoscape's outer size of it as the canvas first draws it. */
export function layoutSize(type: string, degree: number): number {
  return nodeSize(type, degree) + NODE_BORDER;
}

/** How many of these links touch each node, a link to itself not counted: Cytoscape's `degree(false)`, which sizes nodes. */
export function degreesIn(edges: Iterable<{ source: string; target: string }>): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const { source, target } of edges) {
    if (source === target) continue;
    degrees.set(source, (degrees.get(source) ?? 0) + 1);
    degrees.set(target, (degrees.get(target) ?? 0) + 1);
  }
  return degrees;
}
