// A place's claims view: who claimed what about control over it, over time, contradictions marked.

import type { ControlClaim, PlaceClaimsPayload } from '../../server/contract';
import { h } from '../dom';
import { claimantList, eventDates, nodeHeader, section, type PanelActions } from './parts';

function claimRow(claim: ControlClaim, labels: Map<string, string>, actions: PanelActions): HTMLElement {
  const contested = claim.disagreesWith.length > 0;
  return h(
    'li',
    { className: contested ? 'claim contested' : 'claim', attrs: { 'data-event-id': claim.event.id } },
    h('div', { className: 'claim-when' }, eventDates(claim.event.date, claim.article.date)),
    h('button', { className: 'quote-text', attrs: { type: 'button' }, title: 'Show the sentence this claim comes from', onClick: () => actions.select(claim.event.id) },
      `${claim.event.label}${claim.event.modality && claim.event.modality !== 'asserted' ? ` (${claim.event.modality})` : ''}`),
    h('div', { className: 'event-meta' }, h('span', { className: 'fact-label' }, 'Claimed by'), claimantList(claim.claimants, claim.article, actions)),
    h('div', { className: 'source-meta' }, `${claim.article.outlet ?? 'Unknown outlet'}`),
    contested
      ? h('p', { className: 'contradiction', attrs: { role: 'note' } }, '⚠ Contradicts: ', claim.disagreesWith.map((id) => labels.get(id) ?? id).join('; '))
      : null,
  );
}

export function claimsView(payload: PlaceClaimsPayload, actions: PanelActions): HTMLElement[] {
  const labels = new Map(payload.claims.map((c) => [c.event.id, `${c.event.label} (${c.article.outlet ?? 'unknown outlet'})`]));
  const contested = payload.claims.filter((c) => c.disagreesWith.length > 0).length;
  const related = payload.related.map((p) => p.label);
  return [
    nodeHeader(payload.place, `Who claims control of ${payload.place.label}`),
    h('p', { className: 'muted' },
      `Captures, withdrawals and annexations claimed about ${[payload.place.label, ...related].join(', ')}, oldest first. `,
      contested > 0 ? `${contested} claim(s) contradict another outlet's within 30 days.` : 'No claims contradict each other.'),
    section('Claims', payload.total, payload.claims.length === 0
      ? h('p', { className: 'muted' }, 'Nobody claims anything about control over this place in these articles.')
      : h('ol', { className: 'claims' }, ...payload.claims.map((c) => claimRow(c, labels, actions)))),
  ];
}
