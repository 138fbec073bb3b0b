// An article: outlet, date and address, and its text with every extracted statement and event highlighted and clickable.

import type { NodeDetails } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { formatDate } from '../format';
import { highlightRuns } from './highlight';
import { button, connectionList, fact, nodeHeader, section, type PanelActions } from './parts';

export function articleView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  const { node } = details;
  const facts = h('div', { className: 'facts' },
    fact('Outlet', String(node.outlet ?? 'unknown')),
    fact('Date', formatDate(node.date as string) ?? 'unknown'),
    typeof node.url === 'string' ? fact('URL', h('code', {}, node.url)) : null,
  );
  const text = details.text ?? '';
  const runs = highlightRuns(text, details.facts ?? []);
  const body = h('div', { className: 'article-text', attrs: { tabindex: '0', 'aria-label': 'Article text; marked passages are statements and events' } },
    ...runs.map((run) => (run.fact
      ? h('mark', { className: `fact-mark fact-${run.fact.type}`, title: `Show this ${run.fact.type}`, attrs: { role: 'button', tabindex: '0', 'data-fact-id': run.fact.id }, onClick: () => actions.select(run.fact!.id) }, run.text)
      : run.text)));
  body.addEventListener('keydown', (event) => {
    const id = (event.target as HTMLElement).dataset?.factId;
    if (id && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      actions.select(id);
    }
  });
  return [
    nodeHeader(node),
    h('div', { className: 'panel-tools' }, button('Put its facts on the canvas', () => actions.expand(node.id, { types: ['REPORTED_IN'] }), 'panel-button primary')),
    facts,
    section('Text', details.facts?.length ?? 0, details.textTruncated ? h('p', { className: 'muted' }, 'The text is cut at 200,000 characters.') : h('span'), body),
    section('On the canvas', connections.length, connectionList(connections, actions)),
  ];
}
