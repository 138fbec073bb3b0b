// What stands between a reporting verb and the words it reports (adverbials, an addressee, "to" of an order, a colon, "this"), and where words reported in a relative clause end.
import type { Token } from './tokens';
import { ADVERBIAL_OPENERS, FINITE_MARKERS, PREPOSITIONS } from './lexicon';
import { MONTHS, PARTS_OF_DAY, RELATIVE_DAYS, TIME_NOUNS, WEEKDAYS } from '../language/words';

const TIME_WORDS = new Set([...WEEKDAYS, ...RELATIVE_DAYS]);
const PART_OF_DAY = new Set(PARTS_OF_DAY);
const DEICTIC = new Set(['this', 'last', 'next']);
/** What "this", "last" or "next" may stand before as a time ("last week", "this morning", "last March"). */
const TIMES = new Set([...TIME_NOUNS, ...PARTS_OF_DAY, ...WEEKDAYS, ...MONTHS]);
const MAX_ADVERBIAL_WORDS = 7;
const MAX_SETTING_WORDS = 20;
const SETTING_CLAUSE_OPENERS = new Set(['as', 'while', 'when']);
const SETTING_SUBJECTS = new Set(['he', 'she', 'they']);
const ADDRESSEE_STOPS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'this']);
const MAX_CONTROLLED_WORDS = 8;
const COLON_REACH = 8;
/** Prepositions naming what the words are about before the words themselves ("said of Trump, who ..., “...”"). */
const TOPIC_PREPOSITIONS = new Set(['of', 'about']);
const TOPIC_REACH = 24;
/** Words that cannot be the verb after "to" ("ordered the division to eastern Europe", "asked about accession to the EU"). */
const NOT_VERBS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i',
  'eastern', 'western', 'northern', 'southern', 'central', 'some', 'all', 'any', 'every', 'each', 'both', 'no',
]);
const MEANS = new Set(['phone', 'telephone', 'video', 'videolink', 'video-link', 'email', 'e-mail', 'letter', 'text', 'radio', 'satellite']);
const SPANS = new Set(['weeks', 'months', 'days', 'years', 'hours', 'decades', 'some', 'several', 'the', 'a', 'many']);
const ORDERS = new Set(['order', 'ordered', 'orders', 'ordering', 'instructed']);
const TROOPS = new Set(['troops', 'forces', 'soldiers', 'men', 'army', 'military', 'units', 'brigades', 'reinforcements', 'navy', 'fleet', 'servicemen', 'commanders', 'division', 'battalion', 'regiment', 'corps']);


/** Skips adverbials after a verb ("in his nightly address Tuesday", "on Twitter", "late Saturday"); returns the next index. */
export function skipAdverbials(tokens: Token[], from: number): number {
  let at = from;
  for (let rounds = 0; rounds < 3; rounds++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word' || !ADVERBIAL_OPENERS.has(token.lower)) break;
    // "by phone" and "for weeks" set the scene; "responded by annexing" and "called for talks" do not report words.
    if (token.lower === 'by' && !MEANS.has(tokens[at + 1]?.lower ?? '')) break;
    if (token.lower === 'for' && !SPANS.has(tokens[at + 1]?.lower ?? '')) break;
    // "this week", "last month"; "confirmed this strategy" has an object, not a time.
    if (DEICTIC.has(token.lower) && !TIMES.has(tokens[at + 1]?.lower ?? '')) break;
    at++;
    if (TIME_WORDS.has(token.lower)) {
      if (PART_OF_DAY.has(tokens[at]?.lower ?? '')) at++;
      continue;
    }
    // "said as he accepted credentials of ambassadors of foreign countries in Minsk": a clause of the speaker's setting runs on.
    const reach = SETTING_CLAUSE_OPENERS.has(token.lower) && SETTING_SUBJECTS.has(tokens[at]?.lower ?? '') ? MAX_SETTING_WORDS : MAX_ADVERBIAL_WORDS;
    for (let words = 0; words < reach; words++) {
      const next = tokens[at];
      if (!next || next.kind !== 'word' || next.lower === 'that' || FINITE_MARKERS.has(next.lower)) break;
      at++;
      if (TIME_WORDS.has(next.lower)) {
        if (PART_OF_DAY.has(tokens[at]?.lower ?? '')) at++;
        break;
      }
    }
  }
  return at;
}

/** "told the CBS programme Face the Nation: ...", "in his nightly video address: ...": a few words, then the colon that opens the words. */
export function colonAhead(tokens: Token[], from: number): number {
  for (let at = from; at < Math.min(tokens.length, from + COLON_REACH); at++) {
    if (tokens[at].kind === 'colon') return at;
    if (tokens[at].kind !== 'word' || tokens[at].lower === 'that') break;
  }
  return from;
}

/**
 * "said of Trump, who he has endorsed, “If he ...”": a topic after the verb, then a comma or colon opening a quotation;
 * the index of the quotation, or -1 (a sentence end or another quotation first, or no quotation within reach).
 */
export function quoteAfterTopic(tokens: Token[], from: number): number {
  if (!TOPIC_PREPOSITIONS.has(tokens[from]?.lower ?? '')) return -1;
  for (let at = from + 1; at < Math.min(tokens.length - 1, from + TOPIC_REACH); at++) {
    const kind = tokens[at].kind;
    if ((kind === 'comma' || kind === 'colon') && tokens[at + 1].kind === 'quote') return at + 1;
    if (kind === 'quote' || kind === 'end') return -1;
  }
  return -1;
}

/** The addressee after "told": words up to "that", a comma, an adverbial, one of `stops` (the verb's own prepositions: "warned Beijing of") or the start of the reported clause ("told reporters her ..."). */
export function addresseeAfter(tokens: Token[], from: number, stops: readonly string[] = []): number {
  let at = from;
  while (at < tokens.length && at - from < 7 && tokens[at].kind === 'word' && tokens[at].lower !== 'that'
    && !(at > from && stops.includes(tokens[at].lower))
    && !FINITE_MARKERS.has(tokens[at].lower) && !(at > from && ADVERBIAL_OPENERS.has(tokens[at].lower))
    && !(at > from && ADDRESSEE_STOPS.has(tokens[at].lower) && !PREPOSITIONS.has(tokens[at - 1].lower))) at++;
  return at;
}

/** "urged Kyiv to hold", "told people not to panic": where the "to" after a short addressee is, or -1. An order to troops is a deed. */
export function controlledInfinitive(tokens: Token[], from: number, verb: string): number {
  for (let at = from; at < Math.min(tokens.length, from + MAX_CONTROLLED_WORDS); at++) {
    const token = tokens[at];
    if (token.kind !== 'word' || token.lower === 'that' || FINITE_MARKERS.has(token.lower)) return -1;
    if (ORDERS.has(verb) && TROOPS.has(token.lower)) return -1;
    // "told reporters the US wants to": a determiner after the addressee starts a clause of its own.
    if (at > from && NOT_VERBS.has(token.lower) && !PREPOSITIONS.has(tokens[at - 1].lower)) return -1;
    const to = token.lower === 'not' && tokens[at + 1]?.lower === 'to' ? at + 1 : at;
    const infinitive = tokens[to + 1];
    if (tokens[to].lower === 'to' && at > from && infinitive?.kind === 'word' && /^[a-z]/.test(infinitive.text) && !NOT_VERBS.has(infinitive.lower)) return at;
  }
  return -1;
}

const SETTING_OPENERS = new Set(['while', 'when', 'as', 'during', 'after', 'before', 'speaking', 'addressing']);

/** "said this in an assessment", "said so.": the words are those of the sentence before; returns where the attribution ends, or -1. */
export function anaphoricObject(tokens: Token[], at: number): number {
  const after = tokens[at + 1];
  // "said this in an assessment", "said this while presenting the strategy": a setting may follow, never an object.
  if (!['this', 'so'].includes(tokens[at]?.lower ?? '') || (after?.kind === 'word' && !PREPOSITIONS.has(after.lower) && !SETTING_OPENERS.has(after.lower))) return -1;
  const end = tokens.findIndex((token, index) => index > at && (token.kind === 'end' || token.kind === 'comma' || token.kind === 'quote'));
  return end === -1 ? tokens.length : tokens[end].kind === 'quote' ? -1 : end;
}

/**
 * "the allegations, which US officials said were not an “isolated” incident, would ...", "Chloropicrin - which the US says
 * Russia has used - is ...": words reported inside a relative clause end with it, at its comma or dash.
 */
export function relativeClauseEnd(tokens: Token[], attributionFrom: number, contentFrom: number): number {
  const opener = tokens[attributionFrom];
  const set = tokens[attributionFrom - 1];
  if (opener?.lower !== 'which' || (set?.kind !== 'comma' && set?.kind !== 'dash')) return tokens.length;
  const end = tokens.findIndex((token, at) => at > contentFrom && token.kind === set.kind);
  return end === -1 ? tokens.length : end;
}
