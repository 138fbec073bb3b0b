// Finds the words naming who speaks, left of a reporting verb: past adverbs, appositives and clause openers.
import type { Token } from './tokens';
import { readDescription } from './descriptions';
import { ARTICLES, CALENDAR_WORDS, POSSESSIVE_DETERMINERS, PARTY_AND_STATE, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS, SUBORDINATORS } from '../language/words';
import { CLAUSE_OPENERS, COORDINATORS, FINITE_MARKERS, isSpeechVerbWord, NOUN_HOMOGRAPHS, PREPOSITIONS, VERB_MODIFIERS } from './lexicon';

export type SubjectShape =
  /** Words that name or describe the speaker. */
  | { kind: 'phrase'; from: number; to: number }
  /** "..., who said": the speaker is named in the phrase before the relative pronoun. */
  | { kind: 'relative'; pronoun: 'who' | 'which'; from: number; to: number }
  /** "..., adding that" or "... and noted that": the speaker of the clause before. */
  | { kind: 'inherited' }
  /** "It was emphasised that ...": the speaker quoted just before goes on. */
  | { kind: 'continued' }
  | { kind: 'none' };

export interface SubjectFound {
  shape: SubjectShape;
  /** First token of the attribution: the subject, its role before it, or the word opening its clause ("while", "as"). */
  attributionFrom: number;
}

/** Tells whether tokens [from, to) hold a name that can speak, outside prepositional phrases; with `describable`, of a person or body. */
export type NameTest = (from: number, to: number, describable?: boolean) => boolean;

const SEPARATORS = new Set(['comma', 'dash', 'open', 'close']);
const STOPS = new Set(['quote', 'colon', 'semicolon', 'end']);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const DETERMINERS = new Set(ARTICLES);
const POSSESSIVES = new Set(POSSESSIVE_DETERMINERS);
/** Words that open a clause of its own inside a chunk ("canceled its program after authorities accused ..."). */
const CLAUSE_SUBORDINATORS = new Set(SUBORDINATORS);
const MAX_SUBJECT_WORDS = 14;
const BRACKETED_WORDS = 4;
const PARENTHETICALS = new Set(['however', 'though', 'too', 'also', 'meanwhile', 'nevertheless', 'moreover', 'furthermore',
  'instead', 'again', 'indeed', 'in turn', 'for his part', 'for her part', 'for its part', 'for their part', 'in response',
  'in particular', 'in addition', 'in contrast', 'by contrast', 'likewise', 'similarly', 'separately', 'earlier', 'later']);
const NONE: SubjectFound = { shape: { kind: 'none' }, attributionFrom: 0 };

/** The comma-separated chunks left of `end`, nearest first, each as [from, to) token indexes; stops at a quote or clause stop. */
function chunksLeftOf(tokens: Token[], end: number): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let to = end;
  for (let at = end - 1; at >= -1; at--) {
    if (at > -1 && !STOPS.has(tokens[at].kind) && !SEPARATORS.has(tokens[at].kind)) continue;
    // "Maksym Maksymov, 29, a sales manager, told": an age between commas belongs to no chunk.
    if (to === at + 2 && /^\d{1,3}$/.test(tokens[at + 1].text) && tokens[at]?.kind === 'comma') { to = at; continue; }
    chunks.push([at + 1, to]);
    if (at === -1 || STOPS.has(tokens[at].kind) || chunks.length > 5) break;
    to = at;
  }
  return chunks;
}

/**
 * Where the subject starts: after the last word that opens a clause or is itself a verb ("where", "while", "confirmed");
 * "and" only right before the verb ("..., and noted"), "with" only before a participle ("with Baerbock claiming").
 */
function afterOpeners(tokens: Token[], from: number, to: number, participle = false): number {
  let start = from;
  let verbSeen = false;
  for (let at = from; at < to; at++) {
    const word = tokens[at];
    if (word.kind !== 'word') continue;
    // "May said": a capitalized modal right before the reporting verb is a name.
    const finite = FINITE_MARKERS.has(word.lower) && !(at === to - 1 && /^\p{Lu}/u.test(word.text));
    // "the spy report says": a noun form right before the verb heads the subject.
    const headNoun = at === to - 1 && NOUN_HOMOGRAPHS.has(word.lower) && tokens[to]?.kind === 'word';
    const opens: boolean = CLAUSE_OPENERS.has(word.lower) || finite || (isSpeechVerbWord(word.text, tokens[at - 1]?.lower) && !headNoun)
      || (COORDINATORS.has(word.lower) && (at === to - 1 || at === from || (verbSeen && newSubjectAt(tokens, at + 1))))
      || (participle && word.lower === 'with');
    // Only a verb of the clause "and" ends counts: "as the conflict between Russia and Ukraine threatens" has none.
    verbSeen = finite || pastWithObject(tokens, at) || (verbSeen && !(opens && !COORDINATORS.has(word.lower)));
    if (opens) start = at + 1;
  }
  return start;
}

/** "declined to invite", "held the talks": a past form before "to" or an article is a verb ("armed forces" is none). */
function pastWithObject(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1]?.lower ?? '';
  return /^[a-z]{3,}ed$/.test(tokens[at].text) && (next === 'to' || DETERMINERS.has(next));
}

/** "Belarus has held drills and the Ukrainian army has warned": after a verb, "and" with a noun phrase opens a new clause. */
function newSubjectAt(tokens: Token[], at: number): boolean {
  const word = tokens[at];
  return !!word && word.kind === 'word' && (DETERMINERS.has(word.lower) || POSSESSIVES.has(word.lower) || /^\p{Lu}/u.test(word.text));
}

function looksLikeSubject(tokens: Token[], from: number, to: number): boolean {
  return to > from && to - from <= MAX_SUBJECT_WORDS && tokens.slice(from, to).every((token) => token.kind === 'word');
}

/** A chunk that only describes the name before it ("a professor at Columbia University", "which is part of Donbas"). */
function isAppositive(tokens: Token[], from: number, to: number, nameBefore: boolean): boolean {
  const first = tokens[from];
  // "..., but officials say", "..., later on Saturday after Washington warned": a clause of its own, not a description.
  if (COORDINATORS.has(first.lower)) return false;
  // "Justin Welby, writing in the Daily Telegraph as Ukraine marks ..., also said": a participle's phrase describes the name.
  if (nameBefore && /^[a-z]{3,}ing$/.test(first.text)) return true;
  // "a thinker who has grown more aggressive since the invasion": what follows a relative pronoun belongs to its clause.
  const relative = describedByRelative(tokens, from, to);
  // "..., recently wrote in X that ... and said": a verb of its own makes it a clause too.
  const own = tokens.slice(from, relative > 0 ? relative : to);
  if (own.slice(1).some((token) => CLAUSE_SUBORDINATORS.has(token.lower))) return false;
  if (own.some((token, at) => FINITE_MARKERS.has(token.lower) || isSpeechVerbWord(token.text, own[at - 1]?.lower))) return false;
  if (PREPOSITIONS.has(first.lower)) return true;
  // "Jonathan Becker, Bard’s vice president for academic affairs, said": a possessor and a role describe the name before.
  const possessed = /^\p{Lu}.*['’]s$/u.test(first.text) && /^[a-z]/.test(tokens[from + 1]?.text ?? '');
  const describes = /^[a-z]/.test(first.text) || ['the', 'a', 'an'].includes(first.lower) || possessed;
  return describes && nameBefore && !PRONOUNS.has(first.lower);
}

/** "the spokesman for President X", "a spokesman for the Pentagon": an article, a person's role, then a preposition. */
function roleWithObject(tokens: Token[], from: number, to: number): boolean {
  // "secretary of Ukraine's security council": a bare role opens an appositive as well as an article does.
  const bare = /^[a-z-]+$/.test(tokens[from]?.text ?? '');
  if (!DETERMINERS.has(tokens[from]?.lower ?? '') && !bare) return false;
  const preposition = tokens.findIndex((token, at) => at > from && at < to && PREPOSITIONS.has(token.lower));
  if (preposition < 0 || (preposition === from + 1 && !bare)) return false;
  const head = tokens.slice(from, preposition).map((token) => token.lower);
  return tokens.slice(from + 1, preposition).every((token) => /^[a-z-]+$/.test(token.text)) && readDescription(head)?.refersTo === 'person';
}

/** "a city close to Crimea which is under occupation": where a relative clause starts in a described noun phrase, or -1. */
export function describedByRelative(tokens: Token[], from: number, to: number): number {
  if (!DETERMINERS.has(tokens[from]?.lower ?? '') || !/^[a-z]/.test(tokens[from + 1]?.text ?? '')) return -1;
  return tokens.findIndex((token, at) => at > from + 1 && at < to && (RELATIVES.has(token.lower) || token.lower === 'that'));
}

/**
 * Where the subject starts after an opening prepositional phrase ("In a stark message the department", "on Tuesday the
 * Kremlin", "In Kyiv President Zelensky"): at the last article, or at the capitalized run the phrase ends with; -1 if none.
 */
function afterOpeningPhrase(tokens: Token[], from: number, to: number): number {
  let run = to;
  while (run > from + 1 && /^\p{Lu}/u.test(tokens[run - 1].text) && !CALENDAR_WORDS.has(tokens[run - 1].lower)) run--;
  for (let at = to - 1; at > from; at--) if (DETERMINERS.has(tokens[at].lower)) return Math.max(at, run < to ? run : -1);
  return run < to ? run : -1;
}

/** Where a chunk's subject starts: after clause openers and an opening time or place phrase ("On Thursday Wang Wenbin"). */
function subjectStart(tokens: Token[], from: number, to: number): number {
  const start = afterOpeners(tokens, from, to);
  if (start >= to || !PREPOSITIONS.has(tokens[start].lower)) return start;
  const after = afterOpeningPhrase(tokens, start, to);
  return after < 0 ? start : after;
}

/** "..., the head of the region, Oleg Synegubov, said": the role before the name belongs to the attribution too. */
function withRoleBefore(tokens: Token[], chunks: Array<[number, number]>, index: number, hasName: NameTest): number {
  const [from, to] = chunks[index];
  const before = chunks[index + 1];
  if (!before || !/^\p{Lu}/u.test(tokens[from].text) || !hasName(from, to)) return from;
  const [beforeFrom, beforeTo] = before;
  const words = tokens.slice(beforeFrom, beforeTo);
  const isRole = beforeTo > beforeFrom && words.length <= 8 && ['the', 'a'].includes(words[0].lower) && !hasName(beforeFrom, beforeTo)
    && looksLikeSubject(tokens, beforeFrom, beforeTo) && readDescription(words.map((token) => token.lower))?.refersTo === 'person';
  return isRole ? beforeFrom : from;
}

/** "has since accused": "since" right after a perfect's auxiliary is an adverb of time, not the opener of a clause. */
function perfectSince(tokens: Token[], at: number): boolean {
  return tokens[at].lower === 'since' && ['has', 'have', 'had'].includes(tokens[at - 1]?.lower ?? '');
}

/** The subject of the verb at `verb`, looking left past adverbs, appositives ("X, a professor at Y, said") and clause openers. */
export function subjectLeftOf(tokens: Token[], verb: number, hasName: NameTest): SubjectFound {
  let end = verb;
  // "The Foreign Minister went on to state": the subject is the one who went on.
  if (tokens[end - 1]?.lower === 'to' && tokens[end - 2]?.lower === 'on' && /^(?:went|goes|go|going|gone)$/.test(tokens[end - 3]?.lower ?? '')) end -= 3;
  while (end > 0 && tokens[end - 1].kind === 'word' && (VERB_MODIFIERS.has(tokens[end - 1].lower) || /^[a-z]+ly$/.test(tokens[end - 1].text) || perfectSince(tokens, end - 1))) end--;
  const chunks = chunksLeftOf(tokens, end);
  const participle = /ing$/.test(tokens[verb].lower);
  for (let index = 0; index < chunks.length; index++) {
    const [from, to] = chunks[index];
    const next = chunks[index + 1];
    // "X, the top US diplomat, said" describes a person or body X; "in Pretoria, South Africa, the diplomat said" does not.
    // "The Organisation ... (OPCW), a global watchdog that ..., says": the name before may close with a bracket.
    const before = chunks.slice(index + 1).find(([chunkFrom, chunkTo]) => chunkTo > chunkFrom);
    // "Ivan Fedorov, the mayor of Melitopol, a city close to Crimea, said": an appositive may follow another one of the name.
    const chained = !!before && DETERMINERS.has(tokens[before[0]].lower) && /^[a-z]/.test(tokens[before[0] + 1]?.text ?? '')
      && chunks.slice(chunks.indexOf(before) + 1).some(([chunkFrom, chunkTo]) => chunkTo > chunkFrom && hasName(subjectStart(tokens, chunkFrom, chunkTo), chunkTo, true));
    const nameBefore = !!before && (hasName(subjectStart(tokens, before[0], before[1]), before[1], true) || chained);
    const first = tokens[from]?.lower;
    if (from < to && RELATIVES.has(first)) {
      if (index === 0 && to - from === 1 && next && first !== 'whose') {
        return { shape: { kind: 'relative', pronoun: first === 'who' ? 'who' : 'which', from: next[0], to: next[1] }, attributionFrom: from };
      }
      // "..., which she said": the relative pronoun is the object and the subject follows it.
      const subject = tokens.slice(from + 1, to);
      const plain = subject.length <= 6 && !subject.some((t) => FINITE_MARKERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_OPENERS.has(t.lower));
      if (index === 0 && plain && looksLikeSubject(tokens, from + 1, to)) {
        return { shape: { kind: 'phrase', from: from + 1, to }, attributionFrom: from };
      }
      continue;
    }
    // "Zelenskyy, though, said", "Kyiv, for its part, said": a parenthetical between commas is no part of the subject.
    if (next && PARENTHETICALS.has(tokens.slice(from, to).map((token) => token.lower).join(' '))) continue;
    // "The Organisation for the Prohibition of Chemical Weapons (OPCW), a watchdog, says": an acronym in brackets before an
    // appositive goes with the name before it.
    if (before && from > 0 && tokens[from - 1].kind === 'open' && tokens[to]?.kind === 'close' && tokens[to + 1]?.kind === 'comma') continue;
    // "Lindsey Graham, R-S.C., said": a legislator's party and state describe the name before.
    if (next && to === from + 1 && PARTY_AND_STATE.test(tokens[from].text)) continue;
    const absolute = participle && index === 0 && first === 'with';
    const opening = !next && (from === 0 || STOPS.has(tokens[from - 1].kind));
    if (from < to && opening && PREPOSITIONS.has(first)) {
      // "In a stark message the department said": the subject follows the opening phrase.
      const subject = afterOpeningPhrase(tokens, from, to);
      return subject > 0 && looksLikeSubject(tokens, subject, to) ? { shape: { kind: 'phrase', from: subject, to }, attributionFrom: from } : NONE;
    }
    // A name inside an appositive with a relative clause ("a city close to Crimea which is ...") does not make it the subject,
    // nor a state's possessive opening one after the name the sentence opens with ("The FSB, Russia’s main intelligence
    // service, said", "Marek Nowicki, Poland’s defence minister, said").
    const possessor = /^\p{Lu}.*['’]s$/u.test(tokens[from]?.text ?? '') && /^[a-z]/.test(tokens[from + 1]?.text ?? '');
    // "Stephane Dujarric, the spokesman for U.N. Secretary-General Antonio Guterres, said": a role whose name stands in its
    // prepositional phrase describes the name before it too.
    const role = roleWithObject(tokens, from, to);
    const describesOpening = nameBefore && before === chunks[index + 1] && ((possessor && index + 2 === chunks.length) || role);
    const named = hasName(from, to) && describedByRelative(tokens, from, to) < 0 && !describesOpening;
    if (from < to && !absolute && !CLAUSE_OPENERS.has(first) && !named && isAppositive(tokens, from, to, nameBefore)) continue;
    const start = afterOpeners(tokens, from, to, participle && index === 0);
    if (start >= to) {
      // "appeared on ABC’s “This Week,” saying": a title in quotation marks closed by a comma separates like a comma.
      const separated = from > 0 && (SEPARATORS.has(tokens[from - 1].kind) || (tokens[from - 1].kind === 'quote' && /,\s*["”’']$/.test(tokens[from - 1].text)));
      const inherits = index === 0 && (start > from || (participle && separated));
      if (inherits) return { shape: { kind: 'inherited' }, attributionFrom: start > from ? start - 1 : from };
      if (start > from) return NONE;
      continue;
    }
    if (!looksLikeSubject(tokens, start, to)) return NONE;
    // "..., but on Tuesday the Kremlin said": a time or place phrase after the opener is not the speaker.
    const after = PREPOSITIONS.has(tokens[start].lower) ? afterOpeningPhrase(tokens, start, to) : start;
    if (after < 0) return NONE;
    return { shape: { kind: 'phrase', from: after, to }, attributionFrom: start > from ? start - 1 : withRoleBefore(tokens, chunks, index, hasName) };
  }
  return NONE;
}

/** The subject written after the verb ("..., said Christopher Tuck, an expert"): words up to a comma or the end. */
export function subjectRightOf(tokens: Token[], verb: number): [number, number] | undefined {
  let to = verb + 1;
  for (;;) {
    while (to < tokens.length && tokens[to].kind === 'word' && !FINITE_MARKERS.has(tokens[to].lower) && tokens[to].lower !== 'that') to++;
    // "ex-President of Poland (1995-2005) Alexander Kwasniewski": a short bracketed aside inside the name's title.
    const close = tokens[to]?.kind === 'open' ? tokens.findIndex((token, at) => at > to && token.kind !== 'word') : -1;
    if (close < 0 || tokens[close].kind !== 'close' || close - to > BRACKETED_WORDS || tokens[close + 1]?.kind !== 'word') break;
    to = close + 1;
  }
  const ends = to === tokens.length || ['comma', 'end', 'dash'].includes(tokens[to].kind);
  return ends && to > verb + 1 && to - verb - 1 <= MAX_SUBJECT_WORDS ? [verb + 1, to] : undefined;
}
