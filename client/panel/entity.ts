// Details of a person or organization: who they are and every quote of theirs, with the article, outlet and date it ran in.

import type { NodeDetails, QuoteSummary } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { articleSource, connectionList, nodeHeader, section, type PanelActions } from './parts';

function quoteCard(quote: QuoteSummary, actions: PanelActions): HTMLElement {
  return h(
    'li',
    { className: 'quote-card', attrs: { 'data-statement-id': quote.id } },
    h('button', { className: 'quote-text', attrs: { type: 'button' }, title: 'Show this statement', onClick: () => actions.select(quote.id) }, `“${quote.quote}”`),
    h('div', { className: 'quote-meta' }, h('span', { className: `kind kind-${quote.kind}` }, quote.kind), h('span', { className: 'verb' }, quote.verb)),
    articleSource(quote.article, actions),
  );
}

/** "Showing the newest 20 of 143" when the page holds fewer quotes than there are. */
function pageNote(shown: number, total: number): HTMLElement[] {
  return total > shown ? [h('p', { className: 'muted page-note' }, `Showing the newest ${shown} of ${total}.`)] : [];
}

export function entityView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  // The API sends one page of quotes, newest first: analysts read a speaker's line back from the latest.
  const quotes = details.quotes ?? [];
  const total = details.quotesPage?.total ?? quotes.length;
  const quoteSection =
    quotes.length > 0
      ? section('Quotes', total, h('ul', { className: 'quotes' }, ...quotes.map((q) => quoteCard(q, actions))), ...pageNote(quotes.length, total))
      : section('Quotes', 0, h('p', { className: 'muted' }, 'No statements attributed to them in these articles.'));
  const others = connections.filter((c) => c.type !== 'statement' || !quotes.some((q) => q.id === c.id));
  return [nodeHeader(details.node), quoteSection, section('Connections', others.length, connectionList(others, actions))];
}
