// Turns node names and quotes into labels short enough to sit on the canvas without covering their neighbours.

import type { GraphNodeData } from '../server/contract';
import { formatDate } from './format';

/** Longest label drawn for each kind of node; the details panel always shows the full text. */
export const LABEL_LIMITS = { statement: 64, event: 40, article: 48, entity: 32 } as const;

/** Cuts `text` at a word boundary no later than `limit` characters and marks the cut with an ellipsis. */
export function shorten(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const lastSpace = flat[limit - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  // A cut inside a very long first word would leave almost nothing: keep the hard cut then.
  const atWord = lastSpace > limit / 2 ? cut.slice(0, lastSpace) : cut;
  return `${atWord.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Articles are named on the canvas by outlet and date ("NBC News · 5 Oct 2022"): short, and what analysts cite. */
function articleLabel(node: GraphNodeData): string {
  const source = [node.outlet, formatDate(node.date as string | undefined)].filter((part) => typeof part === 'string' && part);
  return source.length > 0 ? source.join(' · ') : shorten(node.label ?? node.id, LABEL_LIMITS.article);
}

/** The label a node shows on the canvas: statements in quotation marks, everything trimmed to its limit. */
export function canvasLabel(node: GraphNodeData): string {
  const label = node.label ?? node.id;
  switch (node.type) {
    case 'statement':
      return `“${shorten(label, LABEL_LIMITS.statement)}”`;
    case 'event':
      return shorten(label, LABEL_LIMITS.event);
    case 'article':
      return articleLabel(node);
    default:
      return shorten(label, LABEL_LIMITS.entity);
  }
}
