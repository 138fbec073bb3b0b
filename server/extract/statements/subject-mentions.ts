// Finds the entity mentions in a subject phrase that can be its head: not inside a prepositional phrase or a longer word.
import type { Token } from './tokens';
import type { ArticleParties, PlacedMention } from './parties';
import { PREPOSITIONS } from './lexicon';

export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['survey', 'report', 'poll', 'study', 'statement', 'analysis', 'assessment', 'data', 'figures', 'review', 'research', 'update', 'briefing',
  'resolution', 'letter', 'summary', 'readout', 'communique', 'declaration', 'memo', 'memorandum']);

/**
 * Whether a preposition before the mention governs it: "a professor at Columbia University". A name the preposition
 * already has for its object closes the phrase: "Ambassador to the U.S. Oksana Markarova" is Markarova speaking.
 */
function inPrepositionalPhrase(tokens: Token[], from: number, mention: PlacedMention, others: PlacedMention[]): boolean {
  for (let at = from; at < tokens.length && tokens[at].end <= mention.start; at++) {
    if (!PREPOSITIONS.has(tokens[at].lower)) continue;
    if (tokens[at].lower === 'by' && DOCUMENT_NOUNS.has(tokens[at - 1]?.lower ?? '')) continue;
    const object = others.find((other) => other.start > tokens[at].end);
    if (object && object !== mention && object.end < mention.start && nameFollows(tokens, object, mention)) continue;
    return true;
  }
  return false;
}

/** Only capitalized words (a title, the next name) stand between the object of a preposition and the mention. */
function nameFollows(tokens: Token[], object: PlacedMention, mention: PlacedMention): boolean {
  return tokens.every((token) => token.end <= object.end || token.start >= mention.start || /^\p{Lu}/u.test(token.text));
}

/** Mentions in tokens [from, to) that can be the subject: not inside a prepositional phrase ("a professor at Columbia University"). */
export function subjectMentions(tokens: Token[], from: number, to: number, parties: ArticleParties): PlacedMention[] {
  if (to <= from) return [];
  const words = tokens.slice(from, to);
  // A name inside a longer word ("U.S.-based", "Moscow-backed") only describes.
  const whole = (mention: PlacedMention) => words.some((token) => token.start === mention.start) && words.some((token) => token.end === mention.end || /^['’]s$/.test(text(token, mention)));
  const found = parties.within({ start: tokens[from].start, end: tokens[to - 1].end });
  return found.filter((mention) => whole(mention) && !inPrepositionalPhrase(tokens, from, mention, found));
}

/** What follows the mention inside the token it ends in ("'s" of "Russia's"). */
function text(token: Token, mention: PlacedMention): string {
  return token.start < mention.end && token.end > mention.end ? token.text.slice(mention.end - token.start) : '';
}

export function choose(mentions: PlacedMention[]): PlacedMention | undefined {
  for (const type of ['person', 'organization', 'place'] as const) {
    const ofType = mentions.filter((mention) => mention.entity.type === type);
    if (ofType.length) return ofType[ofType.length - 1];
  }
  return undefined;
}
