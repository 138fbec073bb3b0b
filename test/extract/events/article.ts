// Builds the events stage's input for an invented text: sentences, entity mentions for the named surfaces, statements.
import { entityKey, lookupName } from '../../../server/extract/kb/index';
import type { Entity, EntityType, Sentence, Statement } from '../../../server/extract/types';
import { findEvents } from '../../../server/extract/events/find-events';

export interface ArticleOptions {
  /** Surfaces to mark as entity mentions; the knowledge base gives their canonical name unless one is given. */
  names: (string | { surface: string; name: string; type: EntityType })[];
  date?: string;
  /** Statements as [speaker, quoted words, kind (indirect unless given)]: the words are located in the text. */
  quotes?: [string, string, Statement['kind']?][];
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const pattern = /[^.!?]+[.!?]*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    sentences.push({ index: sentences.length, start: match.index, end: match.index + match[0].length });
  }
  return sentences;
}

function mentionEntities(text: string, sentences: Sentence[], names: ArticleOptions['names']): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const given of names) {
    const surface = typeof given === 'string' ? given : given.surface;
    const kb = typeof given === 'string' ? lookupName(surface) : undefined;
    const name = typeof given === 'string' ? kb?.name ?? surface : given.name;
    const type = typeof given === 'string' ? kb?.type ?? 'place' : given.type;
    const key = entityKey(type, name);
    const entity = byKey.get(key) ?? { key, name, type, aliases: [], mentions: [] };
    byKey.set(key, entity);
    const pattern = new RegExp(`(?<![\\w])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const sentence = sentences.find((s) => s.start <= start && start < s.end)!.index;
      entity.mentions.push({ start, end: start + surface.length, text: surface, sentence });
    }
  }
  return [...byKey.values()];
}

function locateQuotes(text: string, sentences: Sentence[], quotes: NonNullable<ArticleOptions['quotes']>): Statement[] {
  return quotes.map(([speaker, quote, kind]) => {
    const start = text.indexOf(quote);
    const sentence = sentences.find((s) => s.start <= start && start < s.end)!.index;
    const kb = lookupName(speaker);
    return {
      id: `s${start}`, start, end: start + quote.length, speaker: kb?.name ?? speaker,
      speakerKey: entityKey(kb?.type ?? 'person', kb?.name ?? speaker), quote,
      quoteSpans: [{ start, end: start + quote.length }], kind: kind ?? 'indirect', verb: 'said', about: [], sentence,
      ruleId: 'test',
    };
  });
}

/** Runs the events stage over an invented article. */
export function eventsOf(text: string, options: ArticleOptions) {
  const sentences = splitSentences(text);
  const entities = mentionEntities(text, sentences, options.names);
  const statements = locateQuotes(text, sentences, options.quotes ?? []);
  return findEvents({ text, sentences, entities, statements, meta: { date: options.date ?? '2022-09-11' } });
}

/** Events as "actor verb target" lines, the way the scorer compares them. */
export function triples(text: string, options: ArticleOptions): string[] {
  return eventsOf(text, options).events.map((e) => `${e.actor} ${e.verb} ${e.target}`);
}
