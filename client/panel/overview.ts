// What the panel shows before anything is selected: the size of the graph, the most quoted speakers, and the articles.

import type { GraphPayload, NodeType } from '../../server/contract';
import { articlesOf, topSpeakers } from '../connections';
import { h } from '../dom';
import { formatDate } from '../format';
import { NODE_TYPES, NODE_TYPE_ORDER } from '../graph-style';
import { nodeLink, section, type PanelActions } from './parts';

function stats(counts: Partial<Record<NodeType, number>>): HTMLElement {
  return h(
    'div',
    { className: 'stats' },
    ...NODE_TYPE_ORDER.map((type) =>
      h('div', { className: 'stat' }, h('span', { className: 'stat-value' }, String(counts[type] ?? 0)), h('span', { className: 'stat-label' }, NODE_TYPES[type].plural)),
    ),
  );
}

export function overviewView(payload: GraphPayload, counts: Partial<Record<NodeType, number>>, actions: PanelActions): HTMLElement[] {
  const speakers = topSpeakers(payload, 8);
  const articles = articlesOf(payload);
  return [
    h('header', { className: 'node-header' }, h('h2', { className: 'node-title' }, 'Overview'), h('p', { className: 'muted' }, 'Select a node to see its quotes, sources and connections.')),
    stats(counts),
    section(
      'Most quoted',
      null,
      h('ol', { className: 'ranked' }, ...speakers.map((s) => h('li', {}, nodeLink(s.node.id, s.node.label, actions), h('span', { className: 'count' }, String(s.statements))))),
    ),
    section(
      'Articles',
      articles.length,
      h(
        'ul',
        { className: 'article-list' },
        ...articles.map((a) =>
          h('li', {}, nodeLink(a.id, a.label, actions, 'source-title'), h('div', { className: 'source-meta' }, [a.outlet, formatDate(a.date as string)].filter(Boolean).join(' · '))),
        ),
      ),
    ),
  ];
}
