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

/** Newest first: analysts read a speaker's line as it developed back from the latest. */
function byDateDescending(a: QuoteSummary, b: QuoteSummary): number {
  return String(b.article.date ?? '').localeCompare(String(a.article.date ?? ''));
}

export function entityView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  const quotes = [...(details.quotes ?? [])].sort(byDateDescending);
  const quoteSection =
    quotes.length > 0
      ? section('Quotes', quotes.length, h('ul', { className: 'quotes' }, ...quotes.map((q) => quoteCard(q, actions))))
      : section('Quotes', 0, h('p', { className: 'muted' }, 'No statements attributed to them in these articles.'));
  const others = connections.filter((c) => c.type !== 'statement' || !quotes.some((q) => q.id === c.id));
  return [nodeHeader(details.node), quoteSection, section('Connections', others.length, connectionList(others, actions))];
}
