// Pieces every details view is built from: the node header, titled sections, article references and connection lists.

import type { ArticleRef, GraphNodeData } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { sourceLine } from '../format';
import { NODE_TYPES } from '../graph-style';

/** What a panel can ask the explorer to do. */
export interface PanelActions {
  select(id: string): void;
}

export function typeBadge(type: string): HTMLElement {
  const look = NODE_TYPES[type as keyof typeof NODE_TYPES];
  const badge = h('span', { className: `type-badge type-${type}` }, look?.name ?? type);
  if (look) badge.style.setProperty('--type-colour', look.colour);
  return badge;
}

export function nodeHeader(node: GraphNodeData, title: string = node.label): HTMLElement {
  const aliases = Array.isArray(node.aliases) ? node.aliases.filter((a) => typeof a === 'string' && a !== node.label) : [];
  const role = [node.role, node.affiliation].filter((part) => typeof part === 'string' && part).join(', ');
  return h(
    'header',
    { className: 'node-header' },
    typeBadge(node.type),
    h('h2', { className: 'node-title' }, title),
    role ? h('p', { className: 'node-role' }, role) : null,
    aliases.length > 0 ? h('p', { className: 'node-aliases' }, `Also: ${aliases.slice(0, 6).join(', ')}`) : null,
  );
}

export function section(title: string, count: number | null, ...children: Node[]): HTMLElement {
  return h(
    'section',
    { className: 'panel-section' },
    h('h3', {}, title, count === null ? null : h('span', { className: 'count' }, String(count))),
    ...children,
  );
}

/** A link-like button: the panel never builds anchors from data. */
export function nodeLink(id: string, label: string, actions: PanelActions, className = 'node-link'): HTMLElement {
  return h('button', { className, title: label, attrs: { type: 'button', 'data-node-id': id }, onClick: () => actions.select(id) }, label);
}

export function articleSource(article: ArticleRef, actions: PanelActions): HTMLElement {
  return h(
    'div',
    { className: 'source' },
    nodeLink(article.id, article.title ?? 'Untitled article', actions, 'source-title'),
    h('div', { className: 'source-meta' }, sourceLine(article)),
  );
}

export function connectionList(connections: Connection[], actions: PanelActions): HTMLElement {
  if (connections.length === 0) return h('p', { className: 'muted' }, 'No connections in the graph.');
  return h(
    'ul',
    { className: 'connections' },
    ...connections.map((c) =>
      h('li', {}, h('span', { className: 'relation' }, c.relation), typeBadge(c.type), nodeLink(c.id, c.label, actions)),
    ),
  );
}

export function fact(label: string, value: Node | string): HTMLElement {
  return h('div', { className: 'fact' }, h('span', { className: 'fact-label' }, label), h('span', { className: 'fact-value' }, value));
}
