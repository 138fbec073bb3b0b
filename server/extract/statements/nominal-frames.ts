// Attribution frames without a finite reporting verb: "according to X", "a statement by X that ...". Declares the Frame shape.
import type { Token } from './tokens';
import { subjectRightOf, type SubjectShape } from './subject';
import { FINITE_MARKERS } from './lexicon';
import type { SpeechVerb } from './speech-verbs';

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
  /** Subject of a reporter's attribution the statement came through ("..., the ministry said" after "Lavrov said that ..."). */
  source?: [number, number];
  ruleId: string;
  /** The reporting verb's record, for frames built on one. */
  verb?: SpeechVerb;
  /** "In his words": the subject is the pronoun "he" written as its possessive. */
  possessivePronoun?: string;
}

/** Nouns of something said that name their speaker with "by" ("a statement by the minister that ..."). */
const UTTERANCES = new Set(['statement', 'statements', 'remarks', 'comments', 'claim', 'claims', 'assertion', 'words', 'warning', 'assessment', 'pledge', 'promise']);
const SPEAKER_ENDS = new Set(['from', 'on', 'in', 'at', 'last', 'earlier', 'that']);
const MAX_SPEAKER_WORDS = 10;
/** Passive verbs a body's statement goes on with ("It was emphasised that"); "it was reported that" names no one. */
const CONTINUING = new Set(['emphasised', 'emphasized', 'underscored', 'underlined', 'stressed', 'noted', 'added', 'stated', 'pointed']);

/** Skips an appositive after "According to X," ("an academic and Ukraine specialist,", "who asked to remain anonymous,"). */
function afterAppositive(tokens: Token[], from: number): number {
  if (!['a', 'an', 'the', 'who'].includes(tokens[from]?.lower ?? '')) return from;
  for (let at = from; at < Math.min(tokens.length, from + 12); at++) {
    if (tokens[at].kind === 'comma') return at + 1;
    if (tokens[at].kind !== 'word' || FINITE_MARKERS.has(tokens[at].lower)) break;
  }
  return from;
}

/** "That's according to X", "This is according to X": the sentence opens by pointing back at the one before. */
function pointsBack(tokens: Token[], at: number): boolean {
  const words = tokens.slice(0, at).map((token) => token.lower.replace(/’/g, "'"));
  if (words.length === 1) return /^(?:that|this)'s$/.test(words[0]);
  return words.length === 2 && ['that', 'this'].includes(words[0]) && ['is', 'was'].includes(words[1]);
}

/** "According to X, ..." (lead), "..., according to X." (trail), or "That's according to X." (the sentence before). */
export function accordingAt(tokens: Token[], at: number): Frame | undefined {
  if (tokens[at].lower !== 'according' || tokens[at + 1]?.lower !== 'to') return undefined;
  const right = subjectRightOf(tokens, at + 1);
  if (!right) return undefined;
  if (pointsBack(tokens, at)) {
    // The whole sentence is attribution; the words are read from the sentence before, as for "X said this".
    const subject: SubjectShape = { kind: 'phrase', from: right[0], to: right[1] };
    return { verbFrom: at, verbTo: at + 2, subject, attributionFrom: 0, attributionTo: tokens.length, direction: 'lead', contentFrom: tokens.length, contentTo: tokens.length, ruleId: 'statement.said-this' };
  }
  // "But, according to X, ..." still opens the sentence: only a conjunction or adverb stands before it.
  const atStart = at === 0 || tokens[at - 1].kind !== 'comma' || at <= 2;
  const subject: SubjectShape = { kind: 'phrase', from: right[0], to: right[1] };
  const base = { verbFrom: at, verbTo: at + 2, subject, attributionFrom: at, via: right, ruleId: 'statement.according-to' };
  if (atStart && tokens[right[1]]?.kind === 'comma') {
    const contentFrom = afterAppositive(tokens, right[1] + 1);
    return { ...base, attributionTo: contentFrom, direction: 'lead', contentFrom, contentTo: tokens.length };
  }
  // "While that was a bluff, according to Fix, a nuclear scenario ..., Minic said": what follows the comma is not Fix's;
  // "The shelling, according to X, lasted three hours": the words around a parenthesis are (joined with the content).
  const closed = tokens[right[1]]?.kind === 'comma' && tokens.slice(right[1] + 1).some((token) => token.kind === 'word');
  return { ...base, attributionTo: closed ? right[1] : tokens.length, direction: 'trail', contentFrom: 0, contentTo: at };
}

/** "It was emphasised that ...", "It is underscored that ...": more of what the body just quoted said. */
export function impersonalAt(tokens: Token[], at: number): Frame | undefined {
  if (tokens[at].lower !== 'it' || (at > 0 && !['end', 'quote'].includes(tokens[at - 1].kind))) return undefined;
  let verb = at + 1;
  while (verb < at + 4 && ['is', 'was', 'has', 'had', 'been', 'also'].includes(tokens[verb]?.lower ?? '')) verb++;
  if (verb === at + 1 || !CONTINUING.has(tokens[verb]?.lower ?? '') || tokens[verb + 1]?.lower !== 'that') return undefined;
  return {
    verbFrom: verb, verbTo: verb + 1, subject: { kind: 'continued' }, attributionFrom: at, attributionTo: verb + 2,
    direction: 'lead', contentFrom: verb + 2, contentTo: tokens.length, ruleId: 'statement.impersonal-passive',
  };
}

/** Passive reporting verbs that name their speaker with "by" ("it was reported by Ukrinform", "as stated by the ministry"). */
const PASSIVE_REPORTS = new Set(['reported', 'said', 'stated', 'announced', 'claimed', 'confirmed', 'noted', 'written', 'posted', 'tweeted', 'declared']);
const PASSIVE_AUXILIARIES = new Set(['is', 'was', 'were', 'has', 'had', 'have', 'been', 'also']);

/**
 * "..., it was reported by Ukrinform.", "..., as stated by the ministry.", "As reported by X, ...", "It was announced by X
 * that ...": the one named after "by" said the words.
 */
export function passiveByAt(tokens: Token[], at: number): Frame | undefined {
  const opener = tokens[at].lower;
  if (opener !== 'it' && opener !== 'as') return undefined;
  let verb = at + 1;
  while (verb < at + 4 && PASSIVE_AUXILIARIES.has(tokens[verb]?.lower ?? '')) verb++;
  // "it reported" is active, and its own frame; "as" needs no auxiliary.
  if ((opener === 'it' && verb === at + 1) || !PASSIVE_REPORTS.has(tokens[verb]?.lower ?? '') || tokens[verb + 1]?.lower !== 'by') return undefined;
  let end = verb + 2;
  while (end < tokens.length && end - verb - 2 < MAX_SPEAKER_WORDS && tokens[end].kind === 'word' && tokens[end].lower !== 'that') end++;
  if (end === verb + 2) return undefined;
  const subject: SubjectShape = { kind: 'phrase', from: verb + 2, to: end };
  const base = { verbFrom: verb, verbTo: verb + 2, subject, attributionFrom: at, via: [verb + 2, end] as [number, number], ruleId: 'statement.passive-by' };
  const opens = at === 0 || tokens[at - 1].kind === 'end';
  if (opens && tokens[end]?.lower === 'that') return { ...base, attributionTo: end + 1, direction: 'lead', contentFrom: end + 1, contentTo: tokens.length };
  if (opens && opener === 'as' && tokens[end]?.kind === 'comma') return { ...base, attributionTo: end + 1, direction: 'lead', contentFrom: end + 1, contentTo: tokens.length };
  if (at === 0 || tokens[at - 1].kind !== 'comma' || !(end === tokens.length || ['comma', 'end'].includes(tokens[end].kind))) return undefined;
  const closed = tokens[end]?.kind === 'comma' && tokens.slice(end + 1).some((token) => token.kind === 'word');
  return { ...base, attributionTo: closed ? end : tokens.length, direction: 'trail', contentFrom: 0, contentTo: at };
}

const QUOTING = new Set(['quoted', 'cited']);
const SAYING = new Set(['saying', 'stating', 'telling']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been']);

/** Where "as saying" follows within a few words of `from`, or -1. */
function asSayingAfter(tokens: Token[], from: number): number {
  for (let at = from; at < Math.min(tokens.length - 1, from + MAX_SPEAKER_WORDS); at++) {
    if (tokens[at].kind !== 'word') return -1;
    if (tokens[at].lower === 'as' && SAYING.has(tokens[at + 1]?.lower ?? '')) return at;
  }
  return -1;
}

/** The words of a clause before `at`, back to the sentence start or a comma: [from, at). */
function clauseBefore(tokens: Token[], at: number): number {
  let from = at;
  while (from > 0 && tokens[from - 1].kind === 'word') from--;
  return from;
}

/**
 * "RIA quoted X as saying (that) ...", "..., Ukrinform quoted X as saying.", "X was cited by Ukrinform as saying ...": X
 * said the words, which came through the outlet.
 */
export function quotedAsAt(tokens: Token[], at: number): Frame | undefined {
  if (!QUOTING.has(tokens[at].lower) || at === 0) return undefined;
  const passive = BE_FORMS.has(tokens[at - 1].lower);
  let subject: [number, number];
  let via: [number, number];
  let as: number;
  let attributionFrom: number;
  if (passive) {
    if (tokens[at + 1]?.lower !== 'by') return undefined;
    as = asSayingAfter(tokens, at + 2);
    attributionFrom = clauseBefore(tokens, at - 1);
    subject = [attributionFrom, at - 1];
    via = [at + 2, as];
  } else {
    as = asSayingAfter(tokens, at + 1);
    attributionFrom = clauseBefore(tokens, at);
    subject = [at + 1, as];
    via = [attributionFrom, at];
  }
  if (as < 0 || subject[1] <= subject[0] || via[1] <= via[0]) return undefined;
  const base = { verbFrom: at, verbTo: at + 1, subject: { kind: 'phrase' as const, from: subject[0], to: subject[1] }, attributionFrom, via, ruleId: 'statement.quoted-as' };
  const after = tokens[as + 2]?.lower === 'that' ? as + 3 : as + 2;
  if (tokens[after]?.kind === 'word' || tokens[after]?.kind === 'quote') {
    return { ...base, attributionTo: after, direction: 'lead', contentFrom: after, contentTo: tokens.length };
  }
  if (attributionFrom === 0 || tokens[attributionFrom - 1].kind !== 'comma') return undefined;
  return { ...base, attributionTo: tokens.length, direction: 'trail', contentFrom: 0, contentTo: attributionFrom - 1 };
}

/** "a statement by Foreign Minister Lavrov from April 19 that Q": Q said by the one named after "by". */
export function statementByAt(tokens: Token[], at: number): Frame | undefined {
  const noun = tokens[at + 1];
  if (!['a', 'an', 'the'].includes(tokens[at].lower) || !noun || !UTTERANCES.has(noun.lower) || tokens[at + 2]?.lower !== 'by') return undefined;
  let end = at + 3;
  while (end < tokens.length && end - at - 3 < MAX_SPEAKER_WORDS && tokens[end].kind === 'word' && !SPEAKER_ENDS.has(tokens[end].lower)) end++;
  const that = tokens.findIndex((token, index) => index >= end && index < end + MAX_SPEAKER_WORDS && token.lower === 'that');
  if (end === at + 3 || that === -1 || tokens.slice(end, that).some((token) => token.kind !== 'word')) return undefined;
  return {
    verbFrom: at + 1, verbTo: at + 2, subject: { kind: 'phrase', from: at + 3, to: end }, attributionFrom: at, attributionTo: that + 1,
    direction: 'lead', contentFrom: that + 1, contentTo: tokens.length, ruleId: 'statement.statement-by',
  };
}

const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/** "In his words, ...", "In the words of the minister, ...": the words after the comma are the speaker's. */
export function inWordsAt(tokens: Token[], at: number): Frame | undefined {
  if (tokens[at].lower !== 'in' || (at > 0 && tokens[at - 1].kind !== 'end')) return undefined;
  const owner = tokens[at + 1];
  if (owner?.lower === 'the' && tokens[at + 2]?.lower === 'words' && tokens[at + 3]?.lower === 'of') {
    const right = subjectRightOf(tokens, at + 3);
    if (!right || tokens[right[1]]?.kind !== 'comma') return undefined;
    const subject: SubjectShape = { kind: 'phrase', from: right[0], to: right[1] };
    return { verbFrom: at, verbTo: at + 4, subject, attributionFrom: at, attributionTo: right[1] + 1, direction: 'lead', contentFrom: right[1] + 1, contentTo: tokens.length, ruleId: 'statement.in-words' };
  }
  const possessor = owner && (POSSESSIVE_PRONOUNS[owner.lower] ? owner : /^\p{Lu}.*['’]s$/u.test(owner.text) ? owner : undefined);
  if (!possessor || tokens[at + 2]?.lower !== 'words' || tokens[at + 3]?.kind !== 'comma') return undefined;
  return {
    verbFrom: at, verbTo: at + 3, subject: { kind: 'phrase', from: at + 1, to: at + 2 }, attributionFrom: at, attributionTo: at + 4,
    direction: 'lead', contentFrom: at + 4, contentTo: tokens.length, ruleId: 'statement.in-words', possessivePronoun: POSSESSIVE_PRONOUNS[owner.lower],
  };
}
