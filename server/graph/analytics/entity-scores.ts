// Scores every entity of an entity graph: degree, weighted degree, PageRank, betweenness, Louvain community and
// connected component, with graphology and its maintained libraries.
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { AnalyticsNode, AnalyticsSummary } from '../../contract';
import seedrandom from 'seedrandom';
import { approximateBetweenness } from './approximate-betweenness';
import type { EntityGraph } from './read-entity-graph';

export interface ScoreOptions {
  /** Above this many nodes betweenness is estimated from `betweennessSamples` sources instead of all of them. */
  exactBetweennessUpTo: number;
  betweennessSamples: number;
}

export interface EntityScores {
  nodes: AnalyticsNode[];
  summary: Omit<AnalyticsSummary, 'ms' | 'cached' | 'graphVersion'>;
}

export function scoreEntities(graph: EntityGraph, options: ScoreOptions): EntityScores {
  const exact = graph.order <= options.exactBetweennessUpTo;
  const betweenness = exact
    ? betweennessCentrality(graph, { normalized: false, getEdgeWeight: null })
    : approximateBetweenness(graph, options.betweennessSamples);
  const ranks = graph.size > 0 ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  // Louvain moves nodes in random order; a fixed seed gives the same communities for the same graph every time.
  const communities = graph.size > 0
    ? louvain.detailed(graph, { getEdgeWeight: 'weight', rng: seedrandom('1') })
    : { communities: Object.fromEntries(graph.mapNodes((node, _attributes) => [node, 0])), count: graph.order, modularity: 0 };
  const componentOf = new Map<string, number>();
  const components = connectedComponents(graph);
  components.forEach((members, index) => members.forEach((node) => componentOf.set(node, index)));

  const nodes = graph.mapNodes((id, { label, type }) => ({
    id, label, type,
    degree: graph.degree(id),
    weightedDegree: graph.reduceEdges(id, (sum, _edge, { weight }) => sum + weight, 0),
    pagerank: ranks[id] ?? 1 / graph.order,
    betweenness: betweenness[id] ?? 0,
    community: graph.size > 0 ? communities.communities[id] : componentOf.get(id)!,
    component: componentOf.get(id)!,
  })).sort((a, b) => b.pagerank - a.pagerank || a.id.localeCompare(b.id));

  return {
    nodes,
    summary: {
      nodes: graph.order,
      edges: graph.size,
      communities: graph.size > 0 ? communities.count : graph.order,
      modularity: communities.modularity,
      components: components.length,
      betweenness: exact ? 'exact' : 'approximate',
      ...(exact ? {} : { betweennessSamples: Math.min(options.betweennessSamples, graph.order) }),
    },
  };
}
