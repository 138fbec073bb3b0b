// The analytics overlay's look, from scores to marks: a node's size from PageRank or degree, its colour from its community.

import type { AnalyticsNode } from '../../server/contract';

export type OverlayMeasure = 'pagerank' | 'degree';

/** What the overlay paints: the measure that sizes entities, over the links on the canvas or over the whole graph. */
export interface OverlayChoice {
  measure: OverlayMeasure;
  scope: 'canvas' | 'graph';
}

/** Ten hues that stay apart on the dark canvas; communities past the tenth share the last, grey. */
export const COMMUNITY_COLOURS = ['#4E79A7', '#F28E2B', '#59A14F', '#E15759', '#B07AA1', '#76B7B2', '#EDC948', '#FF9DA7', '#9C755F', '#BAB0AC'];

export const SIZE_RANGE = { min: 16, max: 72 };

export type OverlayMark = {
  overlaySize: number;
  overlayColour: string;
};

export interface CommunityKey {
  colour: string;
  /** The community's best-scored member on the canvas, to name it by. */
  leader: string;
  members: number;
}

export interface Overlay {
  marks: Map<string, OverlayMark>;
  communities: CommunityKey[];
}

/**
 * Marks for the scored nodes among `onCanvas`: the size grows with the square root of the score's share of the top
 * score (areas then follow the score); colours go to the biggest communities first.
 */
export function overlayMarks(scores: AnalyticsNode[], onCanvas: ReadonlySet<string>, measure: OverlayMeasure): Overlay {
  const shown = scores.filter((node) => onCanvas.has(node.id));
  const top = Math.max(0, ...shown.map((node) => node[measure]));
  const byCommunity = new Map<number, AnalyticsNode[]>();
  for (const node of shown) byCommunity.set(node.community, [...(byCommunity.get(node.community) ?? []), node]);
  const ranked = [...byCommunity.values()].sort((a, b) => b.length - a.length || b[0].pagerank - a[0].pagerank);
  const colourOf = new Map<number, string>();
  ranked.forEach((members, rank) => colourOf.set(members[0].community, COMMUNITY_COLOURS[Math.min(rank, COMMUNITY_COLOURS.length - 1)]));
  const marks = new Map(shown.map((node) => [node.id, {
    overlaySize: Math.round(SIZE_RANGE.min + (SIZE_RANGE.max - SIZE_RANGE.min) * (top > 0 ? Math.sqrt(node[measure] / top) : 0)),
    overlayColour: colourOf.get(node.community) as string,
  }]));
  const communities = ranked.slice(0, COMMUNITY_COLOURS.length - 1).map((members) => {
    const leader = members.reduce((best, node) => (node[measure] > best[measure] ? node : best));
    return { colour: colourOf.get(members[0].community) as string, leader: leader.label, members: members.length };
  });
  const rest = ranked.slice(COMMUNITY_COLOURS.length - 1).flat();
  if (rest.length > 0) communities.push({ colour: COMMUNITY_COLOURS[COMMUNITY_COLOURS.length - 1], leader: 'other communities', members: rest.length });
  return { marks, communities };
}
