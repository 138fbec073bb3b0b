// Details of a person, organization or place: what they said, what others said about them (with speakers), their events.

import type { EventSummary, NodeDetails, QuoteSummary, StatementAbout } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { articleSource, button, claimantList, connectionList, eventDates, nodeHeader, nodeLink, section, type PanelActions } from './parts';

function quoteCard(quote: QuoteSummary, actions: PanelActions): HTMLElement {
  return h(
    'li',
    { className: 'quote-card', attrs: { 'data-statement-id': quote.id } },
    h('button', { className: 'quote-text', attrs: { type: 'button' }, title: 'Show this statement and its sentence', onClick: () => actions.select(quote.id) }, `“${quote.quote}”`),
    h('div', { className: 'quote-meta' }, h('span', { className: `kind kind-${quote.kind}` }, quote.kind), h('span', { className: 'verb' }, quote.verb)),
    articleSource(quote.article, actions),
  );
}

/** A statement about the node, led by who said it: "who said what" reads speaker first. */
function aboutCard(statement: StatementAbout, actions: PanelActions): HTMLElement {
  const speaker = statement.speaker
    ? nodeLink(statement.speaker.id, statement.speaker.label, actions, 'node-link speaker')
    : h('span', { className: 'speaker muted' }, statement.speakerName ?? 'Unknown speaker');
  return h(
    'li',
    { className: 'quote-card about-card', attrs: { 'data-statement-id': statement.id } },
    h('div', { className: 'about-speaker' }, speaker, h('span', { className: 'verb' }, ` ${statement.verb}`)),
    h('button', { className: 'quote-text', attrs: { type: 'button' }, title: 'Show this statement and its sentence', onClick: () => actions.select(statement.id) }, `“${statement.quote}”`),
    h('div', { className: 'quote-meta' }, h('span', { className: `kind kind-${statement.kind}` }, statement.kind)),
    articleSource(statement.article, actions),
  );
}

function eventCard(event: EventSummary, actions: PanelActions): HTMLElement {
  return h(
    'li',
    { className: 'event-card', attrs: { 'data-event-id': event.id } },
    h('button', { className: 'quote-text', attrs: { type: 'button' }, title: 'Show this event and its sentence', onClick: () => actions.select(event.id) }, event.label),
    h('div', { className: 'event-meta' }, h('span', { className: 'fact-label' }, 'When'), eventDates(event.date, event.article.date)),
    h('div', { className: 'event-meta' }, h('span', { className: 'fact-label' }, 'Claimed by'), claimantList(event.claimants, event.article, actions)),
    articleSource(event.article, actions),
  );
}

interface PagedList<T> {
  title: string;
  items: T[];
  total: number;
  empty: string;
  card(item: T): HTMLElement;
  more(details: NodeDetails): T[];
}

/** A list with its total and a "Show more" button that reads the next page (newest first, page by page). */
function pagedSection<T>(id: string, list: PagedList<T>, actions: PanelActions): HTMLElement {
  if (list.total === 0) return section(list.title, 0, h('p', { className: 'muted' }, list.empty));
  const items = h('ul', { className: 'quotes' }, ...list.items.map((item) => list.card(item)));
  let page = 1;
  let shown = list.items.length;
  const more = button(`Show more (${list.total - shown} left)`, () => {
    more.disabled = true;
    actions.loadPage(id, page + 1).then((details) => {
      page += 1;
      const next = list.more(details);
      items.append(...next.map((item) => list.card(item)));
      shown += next.length;
      more.textContent = `Show more (${list.total - shown} left)`;
      more.disabled = false;
      more.hidden = shown >= list.total || next.length === 0;
    }, () => (more.disabled = false));
  }, 'panel-button more');
  more.hidden = shown >= list.total;
  return section(list.title, list.total, items, more);
}

export function entityView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  const { node } = details;
  const tools = h('div', { className: 'panel-tools' },
    button('Expand on canvas', () => actions.expand(node.id), 'panel-button primary', 'Add its neighbours to the canvas (double-click or X on the canvas)'),
    node.type === 'place' ? button('Who claims control', () => actions.showClaims(node.id), 'panel-button', 'Captures, withdrawals and annexations claimed, over time') : null,
  );
  const said = pagedSection(node.id, {
    title: 'What they said', items: details.quotes ?? [], total: details.quotesTotal ?? 0, empty: 'No statements attributed to them.',
    card: (q) => quoteCard(q, actions), more: (d) => d.quotes ?? [],
  }, actions);
  const about = pagedSection(node.id, {
    title: 'Who said what about them', items: details.about ?? [], total: details.aboutTotal ?? 0, empty: 'No statements about them.',
    card: (s) => aboutCard(s, actions), more: (d) => d.about ?? [],
  }, actions);
  const events = pagedSection(node.id, {
    title: 'Events', items: details.events ?? [], total: details.eventsTotal ?? 0, empty: 'No events involve them.',
    card: (e) => eventCard(e, actions), more: (d) => d.events ?? [],
  }, actions);
  const order = node.type === 'place' ? [about, events, said] : [said, about, events];
  return [nodeHeader(node), tools, ...order, section('On the canvas', connections.length, connectionList(connections, actions))];
}

