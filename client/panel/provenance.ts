// Details of a statement or event: the words, who they came from, and the sentence of the article they were read from.

import type { NodeDetails } from '../../server/contract';
import type { Connection } from '../connections';
import { h } from '../dom';
import { splitSentence } from '../format';
import { relationName } from '../relations';
import { articleSource, claimantList, connectionList, eventDates, fact, nodeHeader, nodeLink, section, type PanelActions } from './parts';

function sentenceBlock(provenance: NonNullable<NodeDetails['provenance']>): HTMLElement {
  const parts = splitSentence(provenance);
  return h(
    'div',
    { className: 'provenance' },
    h('p', { className: 'sentence' }, parts.before, parts.quote ? h('mark', {}, parts.quote) : null, parts.after),
    h('p', { className: 'offsets' }, `Characters ${provenance.start}–${provenance.end} of the article (sentence ${provenance.sentenceStart}–${provenance.sentenceEnd})`),
  );
}

/** The speaker as a graph node when the graph has them, else as the name the API gave. */
function speakerOf(details: NodeDetails, connections: Connection[]): Connection | string | null {
  const said = connections.find((c) => c.relation === relationName('SAID', 'in'));
  if (said) return said;
  return typeof details.node.speaker === 'string' ? details.node.speaker : null;
}

function speakerFact(speaker: Connection | string | null, actions: PanelActions): HTMLElement | null {
  if (speaker === null) return null;
  return fact('Speaker', typeof speaker === 'string' ? speaker : nodeLink(speaker.id, speaker.label, actions));
}

export function provenanceView(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  return [...provenanceBody(details, connections, actions), section('On the canvas', connections.length, connectionList(connections, actions))];
}

/** The fact itself: its words, who said or claims it, when, and its sentence in its article. */
export function provenanceBody(details: NodeDetails, connections: Connection[], actions: PanelActions): HTMLElement[] {
  const { node, provenance } = details;
  const isStatement = node.type === 'statement';
  const speaker = isStatement ? speakerOf(details, connections) : null;
  const speakerName = typeof speaker === 'string' ? speaker : speaker?.label;
  const header = isStatement ? nodeHeader(node, speakerName ? `Statement by ${speakerName}` : 'Statement') : nodeHeader(node);
  const facts = h(
    'div',
    { className: 'facts' },
    speakerFact(speaker, actions),
    typeof node.kind === 'string' ? fact('Kind', h('span', { className: `kind kind-${node.kind}` }, node.kind)) : null,
    typeof node.verb === 'string' ? fact('Verb', node.verb) : null,
    typeof node.modality === 'string' ? fact('Modality', node.modality) : null,
    node.type === 'event' ? fact('When', eventDates(node.date as string | undefined, (node.reportDate ?? provenance?.article.date) as string | undefined)) : null,
    node.type === 'event' && provenance ? fact('Claimed by', claimantList(details.claimants ?? [], provenance.article, actions)) : null,
  );
  const body: HTMLElement[] = [header];
  const quote = typeof node.quote === 'string' ? node.quote : node.label;
  if (isStatement) body.push(h('blockquote', { className: 'statement-quote' }, `“${quote}”`));
  body.push(facts);
  if (provenance) {
    body.push(section('Source', null, articleSource(provenance.article, actions)));
    body.push(section('Sentence', null, sentenceBlock(provenance)));
  } else {
    body.push(section('Sentence', null, h('p', { className: 'muted' }, 'The API gave no provenance for this node.')));
  }
  return body;
}
