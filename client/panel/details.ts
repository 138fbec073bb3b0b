// Chooses the details view for a node by its type, and the panel's loading and error states.

import type { GraphNodeData, NodeDetails } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { articleView } from './article';
import { entityView } from './entity';
import { nodeHeader, type PanelActions } from './parts';
import { provenanceView } from './provenance';

export function detailsView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  switch (details.node.type) {
    case 'statement':
    case 'event':
      return provenanceView(details, connections, actions);
    case 'article':
      return articleView(details, connections, actions);
    default:
      return entityView(details, connections, actions);
  }
}

export function loadingView(node: Pick<GraphNodeData, 'type' | 'label'> & Partial<GraphNodeData>): HTMLElement[] {
  return [nodeHeader(node as GraphNodeData), h('p', { className: 'muted loading' }, 'Loading details…')];
}

export function failedView(node: GraphNodeData, message: string): HTMLElement[] {
  return [nodeHeader(node), h('p', { className: 'panel-error', attrs: { role: 'alert' } }, `Could not load the details: ${message}`)];
}
