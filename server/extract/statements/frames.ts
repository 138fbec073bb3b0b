// Finds attribution frames in a unit around reporting verbs: who the words are attributed to, and where they lie.
export type { Frame } from './nominal-frames';
import { endsWithComma, type Token } from './tokens';
import { subjectLeftOf, subjectRightOf } from './subject';
import { backReferenceAt } from './back-reference';
import { accordingAt, impersonalAt, inWordsAt, passiveByAt, quotedAsAt, statementByAt, type Frame } from './nominal-frames';
import { speechVerbAt } from './verb-use';
import { addresseeAfter, anaphoricObject, colonAhead, controlledInfinitive, quoteAfterTopic, relativeClauseEnd, skipAdverbials } from './complements';
import { learnedFrom } from './learned-from';
import { isVerbLike } from './opening-subject';
import { ADVERBIAL_OPENERS, CLAIM_NOUNS, CLAUSE_OPENERS, FINITE_MARKERS, LIGHT_VERBS, PREPOSITIONS, REPLIES, isSpeechVerbWord } from './lexicon';
import type { Sense } from './speech-verbs';
import { namingFrame } from './naming';
import { COORDINATORS, DETERMINERS, SUBJECT_PRONOUNS } from '../language/words';
import { CONTEXT_AFTER_COMMA } from './content';


function onlyEndAfter(tokens: Token[], from: number): boolean {
  return tokens.slice(from).every((token) => token.kind === 'end' || token.kind === 'close');
}

/**
 * "offered the possibility (that)", "raised the concern", "dismissed claims that": a light verb and a noun that together
 * report a claim; the index after the noun, or 0 when there is no such phrase.
 */
function claimPhraseEnd(tokens: Token[], at: number): number {
  if (!LIGHT_VERBS.has(tokens[at].lower)) return 0;
  const noun = ['the', 'a', 'an'].includes(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  // A bare noun needs "that" after it: "dismissed claims that ...", not "voiced hope".
  if (tokens[noun]?.kind === 'quote' || (noun === at + 1 && tokens[at + 2]?.lower !== 'that')) return qualifiedClaimEnd(tokens, noun);
  return CLAIM_NOUNS.has(tokens[noun]?.lower ?? '') ? noun + 1 : 0;
}

/** "expressed “careful optimism” that", "voiced deep concern that": a claim noun qualified or quoted, then "that". */
function qualifiedClaimEnd(tokens: Token[], from: number): number {
  const first = tokens[from];
  if (first?.kind === 'quote' && tokens[from + 1]?.lower === 'that') {
    const last = first.text.replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/).pop()?.toLowerCase() ?? '';
    return CLAIM_NOUNS.has(last) ? from + 1 : 0;
  }
  const qualified = first?.kind === 'word' && /^[a-z]+$/.test(first.text) && tokens[from + 2]?.lower === 'that';
  return qualified && CLAIM_NOUNS.has(tokens[from + 1]?.lower ?? '') ? from + 2 : 0;
}

/** The verb phrase around the speech verb at `at`, particle included: "was quoted as saying" reaches back to "was". */
function verbPhrase(tokens: Token[], at: number, to: number): [number, number] {
  if (to > at + 1) return [at, to];
  if (tokens[at].lower === 'saying' && tokens[at - 1]?.lower === 'as' && tokens[at - 2]?.lower === 'quoted') {
    const auxiliary = /^(?:was|is|were|are|been|being)$/.test(tokens[at - 3]?.lower ?? '');
    return [auxiliary ? at - 3 : at - 2, at + 1];
  }
  // "responded by saying": the reply is the verb phrase, its subject the one who said it.
  if (/ing$/.test(tokens[at].lower) && tokens[at - 1]?.lower === 'by' && REPLIES.test(tokens[at - 2]?.lower ?? '')) return [at - 2, at + 1];
  return [at, at + 1];
}

const ADDRESSEE_WORDS = 7;
const LONG_ADDRESSEE_WORDS = 13;

/** Where the verb's own preposition ("of" of "warned X of Y", "that" of "told X that") follows an addressee of plain words, or -1. */
function ownPrepositionAhead(tokens: Token[], from: number, about: readonly string[], reach = ADDRESSEE_WORDS): number {
  for (let at = from + 1; at < Math.min(tokens.length, from + reach); at++) {
    const token = tokens[at];
    if (about.includes(token.lower)) return at;
    if (token.kind !== 'word' || token.lower === 'that' || FINITE_MARKERS.has(token.lower)) return -1;
  }
  return -1;
}

/** The subject comes right after a quotation closed by a comma (“...,” he said ...): what follows the verb is the reporter's context. */
function quoteBefore(text: string, tokens: Token[], attributionFrom: number): boolean {
  const before = tokens[attributionFrom - 1];
  if (before?.kind === 'comma') return tokens[attributionFrom - 2]?.kind === 'quote';
  return before?.kind === 'quote' && (endsWithComma(text, before) || /[?!][’'\s]*$/.test(text.slice(before.start, before.end - 1)));
}

function nextQuote(tokens: Token[], from: number): number {
  const at = tokens.findIndex((token, index) => index >= from && token.kind === 'quote');
  return at === -1 ? tokens.length : at;
}

function frameAt(text: string, tokens: Token[], at: number, sense: Sense, hasName: (from: number, to: number) => boolean): Frame | undefined {
  const [verbFrom, verbTo] = verbPhrase(tokens, at, sense.to);
  const { verb } = sense;
  let next = verbTo;
  let via: [number, number] | undefined;
  const lead = (contentFrom: number, ruleId: string): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    if (found.shape.kind === 'none') return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: contentFrom,
      direction: 'lead', contentFrom, contentTo: relativeClauseEnd(tokens, found.attributionFrom, contentFrom), via, ruleId, verb,
    };
  };
  const trail = (ruleId: string, context = false): Frame | undefined => {
    const found = subjectLeftOf(tokens, verbFrom, hasName);
    // A trailing attribution names its speaker: "..., adding." or "what they claim, rightly or wrongly," report nothing before them.
    if (found.shape.kind !== 'phrase' || hasInnerDeterminer(tokens, found.shape.from, found.shape.to)) return undefined;
    if (['what', 'which'].includes(tokens[found.attributionFrom]?.lower ?? '')) return undefined;
    if (context && (found.attributionFrom !== found.shape.from || !quoteBefore(text, tokens, found.shape.from))) return undefined;
    return {
      verbFrom, verbTo, subject: found.shape, attributionFrom: found.attributionFrom, attributionTo: context ? nextQuote(tokens, next) : next,
      direction: 'trail', contentFrom: 0, contentTo: found.attributionFrom, via, ruleId, verb,
    };
  };
  if (tokens[next]?.lower === 'by' && verbFrom < at) {
    const end = addresseeAfter(tokens, next + 1);
    via = [next + 1, end];
    next = end;
  }
  if (verb.source) return learnedFrom(tokens, verbFrom, verbTo, verb, hasName);
  if (verb.control && controlledInfinitive(tokens, next, tokens[at].lower) > next) return lead(next, 'statement.urged-to');
  // "called for a freezing of “hostilities”": what was asked for, though a noun phrase.
  if (verb.demands && (tokens[next]?.kind === 'word' || tokens[next]?.kind === 'quote') && !PREPOSITIONS.has(tokens[next].lower) && tokens[next].lower !== 'that') {
    const frame = lead(next, 'statement.called-for');
    return frame && { ...frame, contentTo: Math.min(frame.contentTo, demandEnd(tokens, next)) };
  }
  // "“Why?” she asked.": a verb that otherwise only reports orders and requests still attributes the quote before it.
  // "He continued: “...”", "asked a counter question: “...”": a verb that only closes quotations or asks may also open one with a colon.
  const colon = colonAhead(tokens, next);
  // "He continued, “...”": a comma before a quotation that ends the sentence opens it as well.
  const opensQuote = (tokens[colon]?.kind === 'colon' && tokens[colon + 1]?.kind === 'quote')
    || (tokens[next]?.kind === 'comma' && tokens[next + 1]?.kind === 'quote' && verbFrom > 0 && onlyEndAfter(tokens, next + 2));
  if ((verb.reports === 'quote' || verb.reports === 'control') && opensQuote) return lead(colon + 1, 'statement.attribution-colon');
  // "Behnam continued that ...": a verb closing quotations also reports a clause with "that".
  if (verb.reports === 'quote' && tokens[next]?.lower === 'that') return lead(next + 1, 'statement.reported-that');
  // "“...,” reads the statement by X, ...": a verb closing quotations may stand before its subject.
  const rightOfQuote = verb.reports === 'quote' && verbFrom === at && quoteBefore(text, tokens, verbFrom) ? subjectRightOf(tokens, verbTo - 1) : undefined;
  if (rightOfQuote) {
    return {
      verbFrom, verbTo, subject: { kind: 'phrase', from: rightOfQuote[0], to: rightOfQuote[1] }, attributionFrom: verbFrom, attributionTo: tokens.length,
      direction: 'trail', contentFrom: 0, contentTo: verbFrom, via, ruleId: 'statement.inverted-attribution', verb,
    };
  }
  if (verb.reports === 'control' || verb.reports === 'quote') return trail('statement.trailing-attribution', true);
  if (verb.reports === 'names') {
    const predicate = namingFrame(tokens, next);
    return predicate === undefined ? undefined : lead(predicate, 'statement.called-it');
  }
  const addressee = tokens[next];
  if (verb.addressee && addressee?.kind === 'word' && addressee.lower !== 'that' && !ADVERBIAL_OPENERS.has(addressee.lower) && !PREPOSITIONS.has(addressee.lower)) {
    const end = addresseeAfter(tokens, next);
    // "warned the scale of violence had increased": words running into a verb are the subject of the words, not an addressee;
    // "warned Beijing of consequences": otherwise the addressee ends at the verb's own preposition.
    if (!FINITE_MARKERS.has(tokens[end]?.lower ?? '')) {
      // "warned counterparts in Berlin of an attack": the addressee may hold a place before the verb's own preposition.
      // "told a meeting organised by X on China that ...": a longer addressee of plain words runs to "that".
      const about = verb.about ? ownPrepositionAhead(tokens, next, verb.about) : ownPrepositionAhead(tokens, next, ['that'], LONG_ADDRESSEE_WORDS);
      const addressed = about > next ? about : addresseeAfter(tokens, next, verb.about);
      via = [next, addressed];
      next = addressed;
    }
  }
  const anaphor = anaphoricObject(tokens, next);
  if (anaphor > next) {
    const frame = lead(next, 'statement.said-this');
    // The rest of the sentence ("..., according to an Ukrinform correspondent") only places the words.
    return frame && { ...frame, contentTo: next + 1, attributionTo: tokens.length };
  }
  const beforeAdverbials = next;
  // "said while growth would be lower in 2025, it would still be higher": a contrast with a clause of its own is said too.
  if (CONTRASTS.has(tokens[next]?.lower ?? '') && holdsClause(tokens, next + 1) && subordinateThenClause(tokens, next)) return lead(next, 'statement.reported-clause');
  if (!(tokens[next]?.lower === 'to' && verb.infinitive)) next = skipAdverbials(tokens, next);
  // "said in an interview with Agence France-Presse (AFP) in Minsk": a parenthesis inside the setting is part of it.
  next = pastParentheses(tokens, next);
  next = colonAhead(tokens, next);
  const following = tokens[next];
  if (verb.reports === 'that' && following?.lower !== 'that') return undefined;
  if (!following || following.kind === 'end' || following.kind === 'dash' || following.kind === 'close') return trail('statement.trailing-attribution');
  if (following.kind === 'comma') {
    // "said, in an opinion article for the New York Times, that ...": a parenthetical setting, then the words.
    const that = parentheticalThat(tokens, next);
    if (that > 0) return lead(that + 1, 'statement.reported-that');
    const quote = tokens[next + 1];
    const quoteFirst = tokens[0]?.kind === 'quote';
    if (quote?.kind === 'quote' && onlyEndAfter(tokens, next + 2) && !quoteFirst) return lead(next + 1, 'statement.attribution-then-quote');
    // "X said, “A,” this experience teaches ...": the quotation alone, when the reporter goes on after it.
    const closed = tokens[next + 2]?.kind === 'comma' || (quote && endsWithComma(text, quote));
    if (quote?.kind === 'quote' && closed && !quoteFirst) {
      const frame = lead(next + 1, 'statement.attribution-then-quote');
      return frame && { ...frame, contentTo: next + 2 };
    }
    // "As the ministry notes, the conflict has claimed ...": an opening "as" clause with a subject attributes the clause after
    // its comma; "As reported, ..." names no one, and "As Ukrinform reported, ..." is an outlet passing the news on.
    const asClause = tokens[0]?.lower === 'as' && verb.lemma !== 'report' ? subjectLeftOf(tokens, verbFrom, hasName) : undefined;
    if (asClause?.attributionFrom === 0 && asClause.shape.kind === 'phrase' && clauseWithinChunks(tokens, next + 1)) return lead(next + 1, 'statement.as-said');
    return trail('statement.trailing-attribution');
  }
  if (following.kind === 'colon') return lead(tokens[next + 1]?.lower === 'that' ? next + 2 : next + 1, 'statement.attribution-colon');
  if (following.lower === 'that') return lead(tokens[next + 1]?.kind === 'colon' ? next + 2 : next + 1, 'statement.reported-that');
  if (following.lower === 'as' && verb.with?.includes('as')) return lead(next + 1, 'statement.described-as');
  if (verb.about?.includes(following.lower)) return lead(next + 1, 'statement.warned-of');
  if (following.lower === 'to' && verb.infinitive) return lead(next, 'statement.verb-to-infinitive');
  if (following.kind === 'quote') {
    // "said at the patriotic forum “This is OUR History!”": a quotation right after a noun of the setting names it.
    const setting = tokens[next - 1];
    const named = SETTINGS.has(tokens[beforeAdverbials].lower) && next > beforeAdverbials + 1 && setting.kind === 'word'
      && /^[a-z]+$/.test(setting.text) && !/ed$/.test(setting.text);
    const before = named ? trail('statement.trailing-attribution') : undefined;
    return (before && before.contentTo >= MIN_CONTENT_WORDS ? before : undefined) ?? lead(next, 'statement.attribution-then-quote');
  }
  if (following.kind !== 'word') return trail('statement.trailing-attribution', true);
  const before = tokens[verbFrom - 1];
  const inverted = !before || before.kind === 'comma' || before.kind === 'quote' || before.kind === 'dash';
  // "..., said the minister." inverts; a participle before a clause does not: "..., saying it intends to return",
  // "..., accusing Russia of using ..." (its own preposition makes the words a statement).
  const reportsAfter = holdsClause(tokens, next) || tokens.slice(next).some((token) => verb.with?.includes(token.lower));
  const right = inverted && verbFrom === at && !(/ing$/.test(tokens[at].lower) && reportsAfter) ? subjectRightOf(tokens, verbFrom) : undefined;
  // "..., says river traffic fell by half": words holding a verb of their own are the clause reported, not its speaker.
  // ("..., tweeted the exiled dissident X", "said von der Leyen when asked": an article or a name comes first).
  const rightWords = right ? tokens.slice(right[0], right[1]) : [];
  const named = rightWords.findIndex((token) => /^\p{Lu}/u.test(token.text));
  const clause = !!right && !DETERMINERS.has(rightWords[0].lower)
    && rightWords.slice(0, named < 0 ? rightWords.length : named).some((token, at) => at > 0 && isVerbLike(token, rightWords[at - 1]));
  const speakerWords = right && !clause;
  if (right && speakerWords && !namedOnTheLeft(tokens, verbFrom, hasName)) {
    return {
      verbFrom, verbTo, subject: { kind: 'phrase', from: right[0], to: right[1] }, attributionFrom: verbFrom, attributionTo: tokens.length,
      direction: 'trail', contentFrom: 0, contentTo: verbFrom, via, ruleId: 'statement.inverted-attribution', verb,
    };
  }
  const afterQuote = trail('statement.trailing-attribution', true);
  if (afterQuote) return afterQuote;
  // "says if the votes are taken, there will be no talks": the words open with a subordinate clause, the main one follows.
  if (SUBORDINATE_OPENERS.has(following.lower) && subordinateThenClause(tokens, next)) return lead(next, 'statement.reported-clause');
  const topicQuote = quoteAfterTopic(tokens, next);
  if (topicQuote > 0) return lead(topicQuote, 'statement.attribution-then-quote');
  // "said such things" reports nothing; "said such a designation would mean war" opens a clause.
  if (CLAUSE_OPENERS.has(following.lower) || PREPOSITIONS.has(following.lower) || (following.lower === 'such' && !holdsClause(tokens, next))) return undefined;
  return lead(next, 'statement.reported-clause');
}

const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);
/** Pronouns that can only be subjects ("it" may be an object: "warned it against"). */
const NOMINATIVES = new Set(['he', 'she', 'they', 'we', 'i']);

/** Whether the words from `from` to the next comma hold a finite verb ("it intends", "the man had failed"), not a noun phrase alone. */
export function holdsClause(tokens: Token[], from: number): boolean {
  // "saying he felt great anger": a nominative pronoun before a lower-case word is a subject with its verb.
  if (NOMINATIVES.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.kind === 'word' && /^[a-z]+$/.test(tokens[from + 1].text)) return true;
  for (let at = from; at < tokens.length && tokens[at].kind === 'word'; at++) {
    const { lower, text } = tokens[at];
    if (FINITE_MARKERS.has(lower) || /[a-z]ed$/.test(lower)) return true;
    const before = tokens[at - 1];
    if (at > from && /[a-z]s$/.test(lower) && (CLAUSE_SUBJECTS.has(before.lower) || /^\p{Lu}/u.test(before.text)) && /^[a-z]/.test(text)) return true;
  }
  return false;
}

/**
 * "who has called for a boycott ..., said Friday", "demanded a withdrawal, and 17 nations abstained": what was asked for
 * ends at a comma before the sentence's own verb or a clause of the reporter's.
 */
function demandEnd(tokens: Token[], from: number): number {
  const end = tokens.findIndex((token, at) => at > from && token.kind === 'comma' && tokens[at + 1]?.kind === 'word'
    && (FINITE_MARKERS.has(tokens[at + 1].lower) || isSpeechVerbWord(tokens[at + 1].lower, undefined) || COORDINATORS.has(tokens[at + 1].lower)
      || CONTEXT_AFTER_COMMA.has(tokens[at + 1].lower)));
  return end === -1 ? tokens.length : end;
}

const SETTING_CHUNKS = 4;

/** "during the G20 presidency, which Brazil takes next year, the government will ...": a clause in one of the first comma-separated chunks. */
function clauseWithinChunks(tokens: Token[], from: number): boolean {
  let at = from;
  for (let chunk = 0; chunk < SETTING_CHUNKS && at < tokens.length; chunk++) {
    if (holdsClause(tokens, at)) return true;
    while (at < tokens.length && tokens[at].kind === 'word') at++;
    if (tokens[at]?.kind !== 'comma') return false;
    at++;
  }
  return false;
}

const PARENTHESIS_WORDS = 12;
const SUBORDINATE_OPENERS = new Set(['if', 'unless', 'once', 'although', 'though', 'whereas', 'while', 'when']);
const SUBORDINATE_WORDS = 16;
/** Openers of a contrast the speaker draws ("while", "although"), unlike "while visiting Kyiv", which sets the scene. */
const CONTRASTS = new Set(['while', 'although', 'though', 'whereas']);

/** "if the votes are taken, there will be no talks": a subordinate clause closed by a comma, then a clause of its own. */
function subordinateThenClause(tokens: Token[], at: number): boolean {
  for (let i = at + 1; i < Math.min(tokens.length, at + SUBORDINATE_WORDS); i++) {
    if (tokens[i].kind === 'comma') return holdsClause(tokens, i + 1);
    if (tokens[i].kind !== 'word') return false;
  }
  return false;
}

/** The token after parentheses (and the setting going on after them) at `at`, or `at`. */
function pastParentheses(tokens: Token[], at: number): number {
  let next = at;
  while (tokens[next]?.kind === 'open') {
    const close = tokens.findIndex((token, index) => index > next && token.kind === 'close');
    if (close < 0 || close > next + PARENTHESIS_WORDS) break;
    next = skipAdverbials(tokens, close + 1);
  }
  return next;
}
/** Prepositions of the setting a statement was made in ("at the forum", "during a visit"). */
const SETTINGS = new Set(['at', 'during', 'in']);
/** Words the reported clause before a trailing attribution must hold to be one. */
const MIN_CONTENT_WORDS = 4;

/** Words opening an aside between a reporting verb and its words ("says, regardless of the risks, there is ..."). */
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'where', 'when']);
const ASIDE_OPENERS = new Set(['regardless', 'despite', 'however', 'though', 'nonetheless', 'nevertheless', 'notably', 'again']);

/**
 * After a comma-closed setting or aside right after the verb (", in an article for X, that ...", ", regardless of the
 * risks, there is ..."): the index just before the words ("that", or the closing comma before a clause), or -1.
 */
function parentheticalThat(tokens: Token[], comma: number): number {
  const opener = tokens[comma + 1]?.lower ?? '';
  if (!ADVERBIAL_OPENERS.has(opener) && !ASIDE_OPENERS.has(opener)) return -1;
  for (let at = comma + 2; at < Math.min(tokens.length - 1, comma + PARENTHESIS_WORDS); at++) {
    // ", during the presidency, which Brazil will hold, ...": a relative clause goes on describing the setting.
    // "said Saturday, in some regions by dozens of kilometers, into territory ...": a phrase going on is no clause.
    const opensClause = !RELATIVE_WORDS.has(tokens[at + 1]?.lower ?? '') && !PREPOSITIONS.has(tokens[at + 1]?.lower ?? '');
    if (tokens[at].kind === 'comma') return tokens[at + 1]?.lower === 'that' ? at + 1 : opensClause && holdsClause(tokens, at + 1) ? at : -1;
    if (tokens[at].kind !== 'word') return -1;
    // ", in an opinion article for the New York Times that the goal is ...": the closing comma left out before "that" and a subject.
    if (tokens[at].lower === 'that' && SETTINGS.has(opener) && opensSubject(tokens[at + 1])) return at;
  }
  return -1;
}

/** A word a clause's subject starts with: an article or possessive, a pronoun, a capitalized name ("that the US", "that it"). */
function opensSubject(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && (DETERMINERS.has(token.lower) || SUBJECT_PRONOUNS.includes(token.lower) || token.capitalized);
}

/** "Sen. Lindsey Graham, R-S.C., said Florida Gov. ...": a name without a verb left of "said" is its subject, not content. */
function namedOnTheLeft(tokens: Token[], verb: number, hasName: (from: number, to: number) => boolean): boolean {
  const found = subjectLeftOf(tokens, verb, hasName);
  return found.shape.kind === 'phrase' && hasName(found.shape.from, found.shape.to)
    && (found.shape.from === 0 || tokens[found.shape.from - 1].kind !== 'quote');
}

const TITLE_PREPOSITIONS = new Set(['of', 'for']);

/** "a move the government has condemned": a second noun phrase inside the subject means the verb's object was moved away. */
function hasInnerDeterminer(tokens: Token[], from: number, to: number): boolean {
  // "representative of the General Prosecutor's Office Sergei Shikunets said": an article after a preposition is inside a title.
  return tokens.slice(from + 1, to).some((token, at) => ['the', 'a', 'an'].includes(token.lower) && /^[a-z]/.test(tokens[from + at].text)
    && !TITLE_PREPOSITIONS.has(tokens[from + at].lower));
}

/** Every frame in the unit's tokens, left to right. */
export function findFrames(text: string, tokens: Token[], hasName: (from: number, to: number) => boolean): Frame[] {
  const frames: Frame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    // "raised the possibility that ...": a claim phrase reports a clause like a plain reporting verb.
    const phraseEnd = claimPhraseEnd(tokens, at);
    const light = phraseEnd ? LIGHT_VERBS.get(tokens[at].lower) : undefined;
    const sense = light ? { verb: light, to: phraseEnd } : speechVerbAt(tokens, at);
    const frame = backReferenceAt(tokens, at) ?? accordingAt(tokens, at) ?? inWordsAt(tokens, at) ?? statementByAt(tokens, at) ?? impersonalAt(tokens, at)
      ?? passiveByAt(tokens, at) ?? quotedAsAt(tokens, at) ?? (sense ? frameAt(text, tokens, at, sense, hasName) : undefined);
    if (!frame) continue;
    frames.push(frame);
    // The words of a verb phrase ("dismissed claims that") open no frame of their own.
    if (light) at = frame.verbTo - 1;
  }
  return frames;
}
