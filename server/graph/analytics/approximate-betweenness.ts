// Betweenness centrality from a sample of source nodes (Brandes's accumulation, scaled up), for graphs too large
// for the exact computation, which runs one shortest-path search from every node.
import type Graph from 'graphology';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes';

interface IndexedBrandes {
  (source: number): [{ size: number; items: Uint32Array; pop(): number }, number[][], Uint32Array];
  index: { collect(values: Float64Array): Record<string, number> };
}

/**
 * Unnormalized scores like graphology-metrics' betweenness on an undirected graph (each pair counted once), estimated
 * from `samples` sources spread evenly over the nodes, so the same graph always gives the same scores.
 */
export function approximateBetweenness(graph: Graph, samples: number): Record<string, number> {
  // The typings leave out what graphology-metrics' own betweenness uses: the stack's items and the node index.
  const brandes = createUnweightedIndexedBrandes(graph) as unknown as IndexedBrandes;
  const order = graph.order;
  const centralities = new Float64Array(order);
  const delta = new Float64Array(order);
  const count = Math.min(samples, order);
  for (let sample = 0; sample < count; sample += 1) {
    const source = Math.floor((sample * order) / count);
    const [stack, predecessors, sigma] = brandes(source);
    for (let item = 0; item < stack.size; item += 1) delta[stack.items[item]] = 0;
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centralities[w] += delta[w];
    }
  }
  // Each sampled source stands for order / count sources; undirected pairs are seen from both ends, hence the half.
  const scale = (order / count) * 0.5;
  for (let index = 0; index < order; index += 1) centralities[index] *= scale;
  return brandes.index.collect(centralities);
}
