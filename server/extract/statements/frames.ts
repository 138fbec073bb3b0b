// Finds attribution frames in a unit: a reporting verb, who it is attributed to, and where the reported words lie.
import type { Token } from './tokens';
import { subjectLeftOf, subjectRightOf, type SubjectShape } from './subject';
import {
  ADDRESSEE_VERBS, ADVERBIAL_OPENERS, CLAIM_NOUNS, CLAUSE_OPENERS, LIGHT_VERBS, PREPOSITIONS, FINITE_MARKERS, INFINITIVE_VERBS, NOUN_HOMOGRAPHS, SPEECH_VERBS,
} from './lexicon';

export interface Frame {
  /** Token range of the verb as written ("said", "was quoted as saying", "according to"). */
  verbFrom: number;
  verbTo: number;
  subject: SubjectShape;
  /** Token range of everything that is attribution, not content. */
  attributionFrom: number;
  attributionTo: number;
  /** Reported words: content after the verb (lead) or before the attribution (trail). */
  direction: 'lead' | 'trail';
  contentFrom: number;
  contentTo: number;
  /** Party the words came through: the addressee of "told", "by X" of "quoted ... by X", X of "according to X". */
  via?: [number, number];
  ruleId: string;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'any', 'such', 'no']);
const DESCRIBING = new Set(['describe', 'described', 'describes', 'describing', 'decry', 'decried', 'decries']);
const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight)$/;
const MAX_ADVERBIAL_WORDS = 7;

function isVerbUse(tokens: Token[], at: number): boolean {
  const token = tokens[at];
  if (token.kind !== 'word' || !SPEECH_VERBS.has(token.lower) || !/^[a-z]/.test(token.text)) return false;
  const before = tokens[at - 1];
  if (before?.lower === 'to' || before?.lower === 'so-called') return false;
  if (before && DETERMINERS.has(before.lower)) return false;
  if (NOUN_HOMOGRAPHS.has(token.lower) && before && (/'s$/.test(before.lower) || /^[a-z]+(?:al|ic)$/.test(before.lower))) return false;
  return true;
}

/** Skips adverbials after a verb ("in his nightly address Tuesday", "on Twitter", "late Saturday"); returns the next index. */
function skipAdverbials(tokens: Token[], from: number): number {
  let at = from;
  for (let rounds = 0; rounds < 3; rounds++) {
    const token = tokens[at];
    if (!token || token.kind !== 'word' || !ADVERBIAL_OPENERS.has(token.lower)) break;
    at++;
    if (TIME_WORDS.test(token.lower)) continue;
    for (let words = 0; words < MAX_ADVERBIAL_WORDS; words++) {
      const next = tokens[at];
      if (!next || next.kind !== 'word' || next.lower === 'that' || FINITE_MARKERS.has(next.lower)) break;
      at++;
      if (TIME_WORDS.test(next.lower)) break;
    }
  }
  return at;
}

/** The addressee after "told": words up to "that", a comma or the end. */
function addresseeAfter(tokens: Token[], from: number): number {
  let at = from;
  while (at < tokens.length && at - from < 7 && tokens[at].kind === 'word' && tokens[at].lower !== 'that'
    && !FINITE_MARKERS.has(tokens[at].lower) && !(at > from && ADVERBIAL_OPENERS.has(tokens[at].lower))) at++;
  return at;
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
  if (tokens[at].lower === 'saying' && tokens[at - 1]?.lower === 'as' && tokens[at - 2]?.lower === 'quoted') {
    const auxiliary = /^(?:was|is|were|are|been|being)$/.test(tokens[at - 3]?.lower ?? '');
    return [auxiliary ? at - 3 : at - 2, at + 1];
  }
  return [at, at + 1];
}

function frameAt(tokens: Token[], at: number, hasName: (from: number, to: number) => boolean): Frame | undefined {
  const [verbFrom, verbTo] = verbPhrase(tokens, at);
  const verb = tokens[verbTo - 1].lower;
  let next = verbTo;
  let via: [number, number] | undefined;
  if (tokens[next]?.lower === 'by' && verbFrom < at) {
    const end = addresseeAfter(tokens, next + 1);
    via = [next + 1, end];
    next = end;
  }
  if (ADDRESSEE_VERBS.has(verb) && tokens[next]?.kind === 'word' && tokens[next].lower !== 'that' && !ADVERBIAL_OPENERS.has(tokens[next].lower)) {
    const end = addresseeAfter(tokens, next);
    via = [next, end];
    next = end;
  }
  if (!(tokens[next]?.lower === 'to' && INFINITIVE_VERBS.has(verb))) next = skipAdverbials(tokens, next);
  const following = tokens[next];
  const lead = (contentFrom: number, ruleId: string): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    if (found.shape.kind === 'none') return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: contentFrom,
      direction: 'lead', contentFrom, contentTo: tokens.length, via, ruleId,
    };
  };
  const trail = (ruleId: string): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    if (found.shape.kind === 'none' || (found.shape.kind === 'phrase' && hasInnerDeterminer(tokens, found.shape.from, found.shape.to))) return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: next,
      direction: 'trail', contentFrom: 0, contentTo: found.attributionFrom, via, ruleId,
    };
  };
  if (!following || following.kind === 'end' || following.kind === 'dash' || following.kind === 'close') return trail('statement.trailing-attribution');
  if (following.kind === 'comma') {
    const quote = tokens[next + 1];
    const quoteBefore = tokens[0]?.kind === 'quote';
    if (quote?.kind === 'quote' && onlyEndAfter(tokens, next + 2) && !quoteBefore) return lead(next + 1, 'statement.attribution-then-quote');
    return trail('statement.trailing-attribution');
  }
  if (following.kind === 'colon') return lead(tokens[next + 1]?.lower === 'that' ? next + 2 : next + 1, 'statement.attribution-colon');
  if (following.lower === 'that') return lead(tokens[next + 1]?.kind === 'colon' ? next + 2 : next + 1, 'statement.reported-that');
  if (following.lower === 'as' && DESCRIBING.has(verb)) return lead(next + 1, 'statement.described-as');
  if (following.lower === 'to' && INFINITIVE_VERBS.has(verb)) return lead(next, 'statement.verb-to-infinitive');
  if (following.kind === 'quote') return lead(next, 'statement.attribution-then-quote');
  if (following.kind !== 'word') return undefined;
  const before = tokens[verbFrom - 1];
  const inverted = !before || before.kind === 'comma' || before.kind === 'quote' || before.kind === 'dash';
  const right = inverted && verbFrom === at ? subjectRightOf(tokens, verbFrom) : undefined;
  if (right) {
    return {
      verbFrom, verbTo, subject: { kind: 'phrase', from: right[0], to: right[1] }, attributionFrom: verbFrom, attributionTo: tokens.length,
      direction: 'trail', contentFrom: 0, contentTo: verbFrom, via, ruleId: 'statement.inverted-attribution',
    };
  }
  if (CLAUSE_OPENERS.has(following.lower) || PREPOSITIONS.has(following.lower) || following.lower === 'such') return undefined;
  return lead(next, 'statement.reported-clause');
}

/** "a move the government has condemned": a second noun phrase inside the subject means the verb's object was moved away. */
function hasInnerDeterminer(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from + 1, to).some((token, at) => ['the', 'a', 'an'].includes(token.lower) && /^[a-z]/.test(tokens[from + at].text));
}

/** Skips an appositive after "According to X," ("an academic and Ukraine specialist,"). */
function afterAppositive(tokens: Token[], from: number): number {
  if (!['a', 'an', 'the'].includes(tokens[from]?.lower ?? '')) return from;
  for (let at = from; at < Math.min(tokens.length, from + 12); at++) {
    if (tokens[at].kind === 'comma') return at + 1;
    if (tokens[at].kind !== 'word' || FINITE_MARKERS.has(tokens[at].lower)) break;
  }
  return from;
}

/** "According to X, ..." (lead) or "..., according to X." (trail). */
function accordingAt(tokens: Token[], at: number): Frame | undefined {
  if (tokens[at].lower !== 'according' || tokens[at + 1]?.lower !== 'to') return undefined;
  const right = subjectRightOf(tokens, at + 1);
  if (!right) return undefined;
  // "But, according to X, ..." still opens the sentence: only a conjunction or adverb stands before it.
  const atStart = at === 0 || tokens[at - 1].kind !== 'comma' || at <= 2;
  const subject: SubjectShape = { kind: 'phrase', from: right[0], to: right[1] };
  const base = { verbFrom: at, verbTo: at + 2, subject, attributionFrom: at, via: right, ruleId: 'statement.according-to' };
  if (atStart && tokens[right[1]]?.kind === 'comma') {
    const contentFrom = afterAppositive(tokens, right[1] + 1);
    return { ...base, attributionTo: contentFrom, direction: 'lead', contentFrom, contentTo: tokens.length };
  }
  return { ...base, attributionTo: tokens.length, direction: 'trail', contentFrom: 0, contentTo: at };
}

/** Every frame in the unit's tokens, left to right. */
export function findFrames(tokens: Token[], hasName: (from: number, to: number) => boolean): Frame[] {
  const frames: Frame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const frame = accordingAt(tokens, at) ?? (isVerbUse(tokens, at) || isClaimPhrase(tokens, at) ? frameAt(tokens, at, hasName) : undefined);
    if (frame) frames.push(frame);
  }
  return frames;
}
