// The evidence for a link: the two ends as the analyst reads them, and the sentence of the statement or event it rests on.

import type { GraphEdgeData, GraphNodeData, NodeDetails } from '../../server/contract';
import { h } from '../dom';
import { relationName } from '../relations';
import { nodeLink, typeBadge, type PanelActions } from './parts';
import { provenanceBody } from './provenance';

function edgeHeader(edge: GraphEdgeData, source: GraphNodeData, target: GraphNodeData, actions: PanelActions): HTMLElement {
  return h(
    'header',
    { className: 'node-header' },
    h('span', { className: 'type-badge' }, 'Link'),
    h('h2', { className: 'node-title edge-title' }, relationName(edge.type, 'out')),
    h('p', { className: 'edge-ends' }, typeBadge(source.type), nodeLink(source.id, source.label, actions), ' → ', typeBadge(target.type), nodeLink(target.id, target.label, actions)),
  );
}

/** `details` are the statement's or event's, or null for a link that no sentence carries (an article naming someone). */
export function edgeView(edge: GraphEdgeData, source: GraphNodeData, target: GraphNodeData, details: NodeDetails | null, actions: PanelActions): HTMLElement[] {
  const header = edgeHeader(edge, source, target, actions);
  if (!details) {
    const count = typeof edge.count === 'number' ? ` ${edge.count} time(s)` : '';
    return [header, h('p', { className: 'muted' }, `The article names them${count}; open the article to see every place it does.`)];
  }
  return [header, h('h3', { className: 'evidence-title' }, 'Evidence'), ...provenanceBody(details, [], actions)];
}
