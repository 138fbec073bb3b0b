// Pieces every details view is built from: the node header, titled sections, article references and connection lists.

import type { ArticleRef, Claimant, GraphNodeData, NodeDetails } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { formatDate, sourceLine } from '../format';
import { NODE_TYPES } from '../graph-style';

/** What a panel can ask the workspace to do. */
export interface PanelActions {
  /** Shows a node's details, putting it on the canvas if it is not there yet. */
  select(id: string): void;
  /** Adds a node's neighbours to the canvas (a hub first offers a choice); `types` narrows to some relationships. */
  expand(id: string, choice?: { types?: string[]; order?: 'count' | 'date' }): void;
  /** Opens a place's claims view. */
  showClaims(id: string): void;
  /** Reads another page of a node's lists. */
  loadPage(id: string, page: number): Promise<NodeDetails>;
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
    articleUrl(article),
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

export function button(label: string, onClick: () => void, className = 'panel-button', title?: string): HTMLButtonElement {
  return h('button', { className, title, attrs: { type: 'button' }, onClick: () => onClick() }, label);
}

/** Who claims something: named claimants as links when the graph has them; else the article's outlet speaks itself. */
export function claimantList(claimants: Claimant[], article: ArticleRef, actions: PanelActions): HTMLElement {
  if (claimants.length === 0) return h('span', { className: 'claimants muted' }, `the article itself (${article.outlet ?? 'unknown outlet'})`);
  return h('span', { className: 'claimants' }, ...claimants.flatMap((c, i) => [
    i > 0 ? ', ' : null,
    c.id ? nodeLink(c.id, c.name, actions) : h('span', {}, c.name),
  ]));
}

/** "5 Oct 2022 (reported 9 Nov 2022)", or "date not given · reported 9 Nov 2022": the event's own date and the report date, apart. */
export function eventDates(date: string | null | undefined, reported: string | null | undefined): string {
  const own = formatDate(date ?? null);
  const report = formatDate(reported ?? null);
  if (own) return report && report !== own ? `${own} (reported ${report})` : own;
  return report ? `date not given · reported ${report}` : 'date not given';
}

/** The article's address as text (selectable, never a link built from data). */
export function articleUrl(article: ArticleRef): HTMLElement | null {
  return article.url ? h('div', { className: 'source-url' }, h('span', { className: 'fact-label' }, 'URL'), h('code', {}, article.url)) : null;
}
