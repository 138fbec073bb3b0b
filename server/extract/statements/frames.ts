// Finds attribution frames in a unit around reporting verbs: who the words are attributed to, and where they lie.
export type { Frame } from './nominal-frames';
import type { Token } from './tokens';
import { subjectLeftOf, subjectRightOf } from './subject';
import { accordingAt, statementByAt, type Frame } from './nominal-frames';
import { isVerbUse } from './verb-use';
import {
  ADDRESSEE_VERBS, ADVERBIAL_OPENERS, CLAIM_NOUNS, CLAUSE_OPENERS, CONTROL_ONLY_VERBS, CONTROL_VERBS, FINITE_MARKERS, INFINITIVE_VERBS,
  LIGHT_VERBS, PARTICLE_VERBS, PREPOSITIONS, THAT_ONLY_VERBS,
} from './lexicon';


const DESCRIBING = new Set(['describe', 'described', 'describes', 'describing', 'decry', 'decried', 'decries']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight)$/;
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;
const MAX_ADVERBIAL_WORDS = 7;
const ADDRESSEE_STOPS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'he', 'she', 'it', 'they', 'we', 'i', 'there', 'this']);
const MAX_CONTROLLED_WORDS = 8;
const ORDERS = new Set(['order', 'ordered', 'orders', 'ordering', 'instructed']);
const TROOPS = new Set(['troops', 'forces', 'soldiers', 'men', 'army', 'military', 'units', 'brigades', 'reinforcements', 'navy', 'fleet', 'servicemen', 'commanders']);

/** Skips adverbials after a verb ("in his nightly address Tuesday", "on Twitter", "late Saturday"); returns the next index. */
function skipAdverbials(tokens: Token[], from: number): number {
  let at = from;
  for (let rounds = 0; rounds < 3; rounds++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word' || !ADVERBIAL_OPENERS.has(token.lower)) break;
    at++;
    if (TIME_WORDS.test(token.lower)) {
      if (PART_OF_DAY.test(tokens[at]?.lower ?? '')) at++;
      continue;
    }
    for (let words = 0; words < MAX_ADVERBIAL_WORDS; words++) {
      const next = tokens[at];
      if (!next || next.kind !== 'word' || next.lower === 'that' || FINITE_MARKERS.has(next.lower)) break;
      at++;
      if (TIME_WORDS.test(next.lower)) {
        if (PART_OF_DAY.test(tokens[at]?.lower ?? '')) at++;
        break;
      }
    }
  }
  return at;
}

/** The addressee after "told": words up to "that", a comma, an adverbial or the start of the reported clause ("told reporters her ..."). */
function addresseeAfter(tokens: Token[], from: number): number {
  let at = from;
  while (at < tokens.length && at - from < 7 && tokens[at].kind === 'word' && tokens[at].lower !== 'that'
    && !FINITE_MARKERS.has(tokens[at].lower) && !(at > from && ADVERBIAL_OPENERS.has(tokens[at].lower))
    && !(at > from && ADDRESSEE_STOPS.has(tokens[at].lower) && !PREPOSITIONS.has(tokens[at - 1].lower))) at++;
  return at;
}

/** "urged Kyiv to hold", "told people not to panic": where the "to" after a short addressee is, or -1. An order to troops is a deed. */
function controlledInfinitive(tokens: Token[], from: number, verb: string): number {
  for (let at = from; at < Math.min(tokens.length, from + MAX_CONTROLLED_WORDS); at++) {
    const token = tokens[at];
    if (token.kind !== 'word' || token.lower === 'that' || FINITE_MARKERS.has(token.lower)) return -1;
    if (ORDERS.has(verb) && TROOPS.has(token.lower)) return -1;
    const to = token.lower === 'not' && tokens[at + 1]?.lower === 'to' ? at + 1 : at;
    if (tokens[to].lower === 'to' && at > from && tokens[to + 1]?.kind === 'word' && /^[a-z]/.test(tokens[to + 1].text)) return at;
  }
  return -1;
}

function onlyEndAfter(tokens: Token[], from: number): boolean {
  return tokens.slice(from).every((token) => token.kind === 'end' || token.kind === 'close');
}

/** "offered the possibility (that)", "raised the concern": a light verb and a noun that together report a claim. */
function isClaimPhrase(tokens: Token[], at: number): boolean {
  return LIGHT_VERBS.has(tokens[at].lower) && ['the', 'a', 'an'].includes(tokens[at + 1]?.lower ?? '') && CLAIM_NOUNS.has(tokens[at + 2]?.lower ?? '');
}

/** The verb phrase around the speech verb at `at`: "was quoted as saying" reaches back to "was". */
function verbPhrase(tokens: Token[], at: number): [number, number] {
  if (isClaimPhrase(tokens, at)) return [at, at + 3];
  if (PARTICLE_VERBS.has(tokens[at].lower)) return [at, at + 2];
  if (tokens[at].lower === 'saying' && tokens[at - 1]?.lower === 'as' && tokens[at - 2]?.lower === 'quoted') {
    const auxiliary = /^(?:was|is|were|are|been|being)$/.test(tokens[at - 3]?.lower ?? '');
    return [auxiliary ? at - 3 : at - 2, at + 1];
  }
  return [at, at + 1];
}

/** "said this in an assessment", "said so.": the words are those of the sentence before; returns where the attribution ends, or -1. */
function anaphoricObject(tokens: Token[], at: number): number {
  const after = tokens[at + 1];
  if (!['this', 'so'].includes(tokens[at]?.lower ?? '') || (after?.kind === 'word' && !PREPOSITIONS.has(after.lower))) return -1;
  const end = skipAdverbials(tokens, at + 1);
  return !tokens[end] || tokens[end].kind === 'end' || tokens[end].kind === 'comma' ? end : -1;
}

/** The subject is the first thing after a quotation (“...,” he said ...): what follows the verb is the reporter's context. */
function quoteBefore(tokens: Token[], attributionFrom: number): boolean {
  const before = tokens[attributionFrom - 1];
  return before?.kind === 'quote' || (before?.kind === 'comma' && tokens[attributionFrom - 2]?.kind === 'quote');
}

function nextQuote(tokens: Token[], from: number): number {
  const at = tokens.findIndex((token, index) => index >= from && token.kind === 'quote');
  return at === -1 ? tokens.length : at;
}

function frameAt(tokens: Token[], at: number, hasName: (from: number, to: number) => boolean): Frame | undefined {
  const [verbFrom, verbTo] = verbPhrase(tokens, at);
  const verb = tokens[at].lower;
  let next = verbTo;
  let via: [number, number] | undefined;
  const lead = (contentFrom: number, ruleId: string): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    if (found.shape.kind === 'none') return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: contentFrom,
      direction: 'lead', contentFrom, contentTo: tokens.length, via, ruleId,
    };
  };
  const trail = (ruleId: string, context = false): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    if (found.shape.kind === 'none' || (found.shape.kind === 'phrase' && hasInnerDeterminer(tokens, found.shape.from, found.shape.to))) return undefined;
    if (context && !quoteBefore(tokens, found.attributionFrom)) return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: context ? nextQuote(tokens, next) : next,
      direction: 'trail', contentFrom: 0, contentTo: found.attributionFrom, via, ruleId,
    };
  };
  if (tokens[next]?.lower === 'by' && verbFrom < at) {
    const end = addresseeAfter(tokens, next + 1);
    via = [next + 1, end];
    next = end;
  }
  if (CONTROL_VERBS.has(verb) && controlledInfinitive(tokens, next, verb) > next) return lead(next, 'statement.urged-to');
  if (CONTROL_ONLY_VERBS.has(verb)) return undefined;
  if (ADDRESSEE_VERBS.has(verb) && tokens[next]?.kind === 'word' && tokens[next].lower !== 'that' && !ADVERBIAL_OPENERS.has(tokens[next].lower)) {
    const end = addresseeAfter(tokens, next);
    via = [next, end];
    next = end;
  }
  const anaphor = anaphoricObject(tokens, next);
  if (anaphor > next) {
    const frame = lead(next, 'statement.said-this');
    return frame && { ...frame, contentTo: next + 1, attributionTo: anaphor };
  }
  if (!(tokens[next]?.lower === 'to' && INFINITIVE_VERBS.has(verb))) next = skipAdverbials(tokens, next);
  const following = tokens[next];
  if (THAT_ONLY_VERBS.has(verb) && following?.lower !== 'that') return undefined;
  if (!following || following.kind === 'end' || following.kind === 'dash' || following.kind === 'close') return trail('statement.trailing-attribution');
  if (following.kind === 'comma') {
    const quote = tokens[next + 1];
    const quoteFirst = tokens[0]?.kind === 'quote';
    if (quote?.kind === 'quote' && onlyEndAfter(tokens, next + 2) && !quoteFirst) return lead(next + 1, 'statement.attribution-then-quote');
    return trail('statement.trailing-attribution');
  }
  if (following.kind === 'colon') return lead(tokens[next + 1]?.lower === 'that' ? next + 2 : next + 1, 'statement.attribution-colon');
  if (following.lower === 'that') return lead(tokens[next + 1]?.kind === 'colon' ? next + 2 : next + 1, 'statement.reported-that');
  if (following.lower === 'as' && DESCRIBING.has(verb)) return lead(next + 1, 'statement.described-as');
  if (following.lower === 'to' && INFINITIVE_VERBS.has(verb)) return lead(next, 'statement.verb-to-infinitive');
  if (following.kind === 'quote') return lead(next, 'statement.attribution-then-quote');
  if (following.kind !== 'word') return trail('statement.trailing-attribution', true);
  const before = tokens[verbFrom - 1];
  const inverted = !before || before.kind === 'comma' || before.kind === 'quote' || before.kind === 'dash';
  const right = inverted && verbFrom === at ? subjectRightOf(tokens, verbFrom) : undefined;
  if (right) {
    return {
      verbFrom, verbTo, subject: { kind: 'phrase', from: right[0], to: right[1] }, attributionFrom: verbFrom, attributionTo: tokens.length,
      direction: 'trail', contentFrom: 0, contentTo: verbFrom, via, ruleId: 'statement.inverted-attribution',
    };
  }
  const afterQuote = trail('statement.trailing-attribution', true);
  if (afterQuote) return afterQuote;
  if (CLAUSE_OPENERS.has(following.lower) || PREPOSITIONS.has(following.lower) || following.lower === 'such') return undefined;
  return lead(next, 'statement.reported-clause');
}

/** "a move the government has condemned": a second noun phrase inside the subject means the verb's object was moved away. */
function hasInnerDeterminer(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from + 1, to).some((token, at) => ['the', 'a', 'an'].includes(token.lower) && /^[a-z]/.test(tokens[from + at].text));
}

/** Every frame in the unit's tokens, left to right. */
export function findFrames(tokens: Token[], hasName: (from: number, to: number) => boolean): Frame[] {
  const frames: Frame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const frame = accordingAt(tokens, at) ?? statementByAt(tokens, at)
      ?? (isVerbUse(tokens, at) || isClaimPhrase(tokens, at) ? frameAt(tokens, at, hasName) : undefined);
    if (frame) frames.push(frame);
  }
  return frames;
}
