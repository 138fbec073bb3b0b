// The statements and events of an exported graph with their sources, numbered: what the citations CSV and the report list.
import type { NodeAttributes, WhosaidGraph } from '../graph/read-graph';

export interface Source {
  /** The citation number, from 1, in order of first use. */
  number: number;
  articleId: string;
  title: string;
  outlet: string;
  date: string;
  url: string;
}

export interface Fact {
  id: string;
  type: 'statement' | 'event';
  /** The speaker of a statement, the actor of an event. */
  who: string;
  /** The quote of a statement, the phrase of an event, as written. */
  words: string;
  kind: string;
  verb: string;
  /** What a statement is about (the entities it names), or the target of an event. */
  target: string;
  /** Who claims an event happened (empty when the article asserts it itself). */
  claimant: string;
  /** The event's own date, when the text fixes one. */
  eventDate: string;
  sentence: string;
  sentenceStart: number | null;
  sentenceEnd: number | null;
  start: number | null;
  end: number | null;
  source: Source | null;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
const offset = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** Statements first, then events, each in article order (date, then id) and within an article by position. */
export function collectFacts(graph: WhosaidGraph): { facts: Fact[]; sources: Source[] } {
  const chosen = graph.filterNodes((_id, attributes) => attributes.type === 'statement' || attributes.type === 'event');
  const ordered = chosen.map((id) => ({ id, attributes: graph.getNodeAttributes(id) })).sort((a, b) => (
    Number(a.attributes.type === 'event') - Number(b.attributes.type === 'event')
    || text(a.attributes.articleDate).localeCompare(text(b.attributes.articleDate))
    || text(a.attributes.article).localeCompare(text(b.attributes.article))
    || Number(a.attributes.start ?? 0) - Number(b.attributes.start ?? 0)
  ));
  const sources = new Map<string, Source>();
  const sourceOf = (attributes: NodeAttributes): Source | null => {
    const articleId = text(attributes.article);
    if (articleId === '') return null;
    let source = sources.get(articleId);
    if (!source) {
      source = {
        number: sources.size + 1, articleId, title: text(attributes.articleTitle), outlet: text(attributes.articleOutlet),
        date: text(attributes.articleDate), url: text(attributes.articleUrl),
      };
      sources.set(articleId, source);
    }
    return source;
  };
  const facts = ordered.map(({ id, attributes }) => toFact(graph, id, attributes, sourceOf(attributes)));
  return { facts, sources: [...sources.values()] };
}

function toFact(graph: WhosaidGraph, id: string, attributes: NodeAttributes, source: Source | null): Fact {
  const isStatement = attributes.type === 'statement';
  const about = isStatement
    ? graph.outEdges(id).filter((edge) => graph.getEdgeAttribute(edge, 'type') === 'ABOUT').map((edge) => graph.getNodeAttribute(graph.target(edge), 'label'))
    : [];
  return {
    id,
    type: isStatement ? 'statement' : 'event',
    who: text(isStatement ? attributes.speaker : attributes.actor),
    words: text(isStatement ? attributes.quote : attributes.phrase),
    kind: text(isStatement ? attributes.kind : attributes.modality),
    verb: text(attributes.verb),
    target: isStatement ? about.join('; ') : text(attributes.target),
    claimant: isStatement ? '' : text(attributes.claimedBy),
    eventDate: isStatement ? '' : text(attributes.date),
    sentence: text(attributes.sentenceText),
    sentenceStart: offset(attributes.sentenceStart),
    sentenceEnd: offset(attributes.sentenceEnd),
    start: offset(attributes.start),
    end: offset(attributes.end),
    source,
  };
}
