// Finds the nodes a search box query names, by label or alias, ignoring case and accents ("zelensky" finds "Zelenskyy").

import type { GraphNodeData } from '../server/contract';

/** Shorter queries match half the graph and only add noise. */
export const MIN_QUERY_LENGTH = 2;

export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().trim();
}

function searchableNames(node: GraphNodeData): string[] {
  const aliases = Array.isArray(node.aliases) ? node.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [node.label ?? '', ...aliases];
}

export function matchesQuery(node: GraphNodeData, query: string): boolean {
  const folded = foldForSearch(query);
  if (folded.length < MIN_QUERY_LENGTH) return false;
  return searchableNames(node).some((name) => foldForSearch(name).includes(folded));
}

/** Ids of the matching nodes, or null when the query is too short to search with. */
export function searchNodes(nodes: GraphNodeData[], query: string): Set<string> | null {
  if (foldForSearch(query).length < MIN_QUERY_LENGTH) return null;
  return new Set(nodes.filter((node) => matchesQuery(node, query)).map((node) => node.id));
}
