// The hub guard: a node with many neighbours offers a choice (by relationship type, best connected, newest) instead of flooding the canvas.

import type { NeighboursPayload } from '../../server/contract';
import { h } from '../dom';
import { relationName } from '../relations';
import { button, nodeHeader, section, type PanelActions } from './parts';

export function hubChoiceView(payload: NeighboursPayload, limit: number, actions: PanelActions): HTMLElement[] {
  const { node, counts, total } = payload;
  const byType = counts.map((c) => h('li', {},
    button(`${relationName(c.type, c.direction)} (${c.count})`, () => actions.expand(node.id, { types: [c.type], order: 'count' }), 'panel-button choice',
      c.count > limit ? `Adds the ${limit} best connected of ${c.count}` : `Adds all ${c.count}`)));
  return [
    nodeHeader(node),
    h('p', { className: 'hub-warning', attrs: { role: 'status' } }, `${node.label} has ${total} neighbours: more than the canvas can show at once. Add which?`),
    section('By relationship', null, h('ul', { className: 'choices' }, ...byType)),
    section('Or the first ' + limit, null, h('div', { className: 'panel-tools' },
      button(`Best connected ${limit}`, () => actions.expand(node.id, { order: 'count' }), 'panel-button choice'),
      button(`Newest ${limit}`, () => actions.expand(node.id, { order: 'date' }), 'panel-button choice'),
    )),
  ];
}
