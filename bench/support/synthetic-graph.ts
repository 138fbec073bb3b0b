// A synthetic graph shaped like whosaid's (speakers, statements, places, events, articles), seeded, for the view benchmark.
import type { GraphPayload, NodeType } from '../../server/contract';
import { seededRandom } from '../../server/canvas-layout/seeded-random';

/** Node types in about the proportions the corpus has (many statements and events, fewer entities and articles). */
const MIX: [NodeType, number][] = [['statement', 0.4], ['event', 0.15], ['person', 0.15], ['organization', 0.1], ['place', 0.12], ['article', 0.08]];

/** `nodes` nodes and `edgesPerNode` × that many edges, half of them to a few hubs, as real coverage clusters. */
export function syntheticGraph(nodes: number, edgesPerNode = 2, seed = 42): GraphPayload {
  const random = seededRandom(seed);
  const types: NodeType[] = [];
  for (const [type, share] of MIX) for (let i = 0; i < Math.round(nodes * share); i++) types.push(type);
  while (types.length < nodes) types.push('statement');
  types.length = nodes;
  const nodeList = types.map((type, i) => ({
    data: {
      id: `${type}:${i}`, type,
      label: type === 'statement' ? `Statement number ${i} said about something on the front line` : `${type} ${i}`,
      ...(type === 'statement' ? { kind: 'direct', outlet: `Outlet ${i % 7}`, reportDate: `2022-${String(1 + (i % 12)).padStart(2, '0')}-15` } : {}),
    },
  }));
  const hubs = Math.max(5, Math.round(nodes / 200));
  const edges = [];
  const seen = new Set<string>();
  for (let i = 0; edges.length < nodes * edgesPerNode && i < nodes * edgesPerNode * 3; i++) {
    const source = Math.floor(random() * nodes);
    const target = random() < 0.5 ? Math.floor(random() * hubs) : Math.floor(random() * nodes);
    const id = `E:${source}->${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    edges.push({ data: { id, source: nodeList[source].data.id, target: nodeList[target].data.id, type: random() < 0.5 ? 'SAID' : 'ABOUT' } });
  }
  return { elements: { nodes: nodeList, edges } };
}
