// What the panel shows before anything is selected: where to start (most quoted, latest articles, busiest places) and how.

import type { OverviewPayload } from '../../server/contract';
import { h } from '../dom';
import { formatDate } from '../format';
import { NODE_TYPES } from '../graph-style';
import { nodeLink, section, type PanelActions } from './parts';

function stats(counts: OverviewPayload['counts']): HTMLElement {
  const shown: [string, number][] = [
    [NODE_TYPES.article.plural, counts.articles], [NODE_TYPES.person.plural, counts.people],
    [NODE_TYPES.organization.plural, counts.organizations], [NODE_TYPES.place.plural, counts.places],
    [NODE_TYPES.statement.plural, counts.statements], [NODE_TYPES.event.plural, counts.events],
  ];
  return h('div', { className: 'stats' }, ...shown.map(([label, value]) =>
    h('div', { className: 'stat' }, h('span', { className: 'stat-value' }, value.toLocaleString('en')), h('span', { className: 'stat-label' }, label))));
}

function ranked(items: OverviewPayload['mostQuoted'], actions: PanelActions, unit: string): HTMLElement {
  return h('ol', { className: 'ranked' }, ...items.map((item) =>
    h('li', {}, nodeLink(item.node.id, item.node.label, actions), h('span', { className: 'count', title: `${item.count} ${unit}` }, String(item.count)))));
}

export function overviewView(overview: OverviewPayload, actions: PanelActions): HTMLElement[] {
  return [
    h('header', { className: 'node-header' }, h('h2', { className: 'node-title' }, 'Where to start'),
      h('p', { className: 'muted' }, 'Search above, or pick someone or somewhere below: it goes on the canvas, and double-clicking it (or X) brings its neighbours.')),
    stats(overview.counts),
    section('Most quoted', null, ranked(overview.mostQuoted, actions, 'statements')),
    section('Places with most events', null, ranked(overview.placesWithMostEvents, actions, 'events')),
    section('Latest articles', null, h('ul', { className: 'article-list' }, ...overview.latestArticles.map((a) =>
      h('li', {}, nodeLink(a.id, a.label, actions, 'source-title'), h('div', { className: 'source-meta' }, [a.outlet, formatDate(a.date as string)].filter(Boolean).join(' · ')))))),
  ];
}
