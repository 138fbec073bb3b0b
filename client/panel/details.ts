// Chooses the details view for a node by its type, and the panel's loading and error states.

import type { GraphNodeData, NodeDetails } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { formatDate } from '../format';
import { entityView } from './entity';
import { connectionList, fact, nodeHeader, section, type PanelActions } from './parts';
import { provenanceView } from './provenance';

function plainView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  const { node } = details;
  const facts =
    node.type === 'article'
      ? [h('div', { className: 'facts' }, fact('Outlet', String(node.outlet ?? 'unknown')), fact('Date', formatDate(node.date as string) ?? 'unknown'))]
      : [];
  return [nodeHeader(node), ...facts, section('Connections', connections.length, connectionList(connections, actions))];
}

export function detailsView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  switch (details.node.type) {
    case 'person':
    case 'organization':
      return entityView(details, connections, actions);
    case 'statement':
    case 'event':
      return provenanceView(details, connections, actions);
    default:
      return plainView(details, connections, actions);
  }
}

export function loadingView(node: GraphNodeData): HTMLElement[] {
  return [nodeHeader(node), h('p', { className: 'muted loading' }, 'Loading details…')];
}

export function failedView(node: GraphNodeData, message: string): HTMLElement[] {
  return [nodeHeader(node), h('p', { className: 'panel-error', attrs: { role: 'alert' } }, `Could not load the details: ${message}`)];
}
