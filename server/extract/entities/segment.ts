// Splits a name sequence into known names (KB), unknown name runs, and the title words and demonyms around them.
import type { EntityType, Span } from '../types';
import { countryOfDemonym, demonymOf, lookupForm, type KbEntity } from '../kb/index';
import { DIRECTIONS, isCommonWord, isDemonymWord, isGivenName, MONTHS_AND_DAYS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS, TITLE_WORDS } from './lexicon';
import { markModifiers } from './modifiers';
import type { NameSequence } from './sequences';
import type { Token } from './tokens';

export interface RawMention extends Span {
  sentence: number;
  kb?: KbEntity;
  /** The name as written without a possessive ending, plus an absorbed lowercase head ("Kholodnogirskiy district"). */
  form: string;
  /** The name without the lowercase head ("War Gonzo" for "War Gonzo blog"). */
  bare: string;
  tail?: string;
  tokens: Token[];
  sequence: NameSequence;
  /** Used as a modifier ("Kremlin spokesman", "Moscow-backed", "NZ time"): counts only for an entity named elsewhere. */
  attributive: boolean;
  typeHint?: EntityType;
}

const MAX_NAME_TOKENS = 8;
/** Words an unknown name may run over only inside "X of/for A and B" ("Center for Strategic and International Studies"). */
const BRIDGES = new Set(['and', '&', 'in']);

export function isTitleWord(token: Token): boolean {
  return TITLE_WORDS.has(token.text);
}

/** "March", "Jan." and "Tuesday" are dates, unless part of a name ("Theresa May", "Jan Lipavsky"). */
function isDateWord(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (!MONTHS_AND_DAYS.has(word.replace(/\.$/, ''))) return false;
  const next = tokens[i + 1];
  const namesNext = isGivenName(word) && next?.capitalized && !MONTHS_AND_DAYS.has(next.text);
  return !(i > 0 && isGivenName(tokens[i - 1].text)) && !namesNext;
}

function isSkippable(tokens: Token[], i: number, sequence: NameSequence): boolean {
  const token = tokens[i];
  if (isTitleWord(token) || isDateWord(tokens, i) || token.text === 'The') return true;
  if (countryOfDemonym(token.text) || isDemonymWord(token.text)) return true;
  if (/^\p{Lu}\.?$/u.test(token.text) || /^\p{N}/u.test(token.text) || /^I[’']/.test(token.text)) return true;
  return (sequence.headline || (sequence.initial && i === 0)) && isCommonWord(token.text);
}

/** Lowercase words right after the sequence ("administration", "nuclear power plant"), for KB forms that end in them. */
function tailWords(text: string, sequence: NameSequence): Token[] {
  const last = sequence.at + sequence.tokens.length - 1;
  const tail: Token[] = [];
  for (let k = last + 1; k < sequence.context.length && tail.length < 3; k++) {
    const token = sequence.context[k];
    const previous = sequence.context[k - 1];
    const gap = text.slice(previous.end, token.start).replace(k === last + 1 && previous.possessive ? /^[’']s/ : /^$/, '');
    if (token.capitalized || !/^[ \u00a0]+$/.test(gap) || (k > last + 1 && previous.possessive)) break;
    tail.push(token);
  }
  return tail;
}

function mention(text: string, sequence: NameSequence, tokens: Token[], kb?: KbEntity, tail: Token[] = []): RawMention {
  const start = tokens[0].start;
  const bareEnd = tokens[tokens.length - 1].end;
  const end = tail.length ? tail[tail.length - 1].end : bareEnd;
  const last = tail.length ? tail[tail.length - 1] : tokens[tokens.length - 1];
  return {
    start, end, sentence: sequence.sentence, kb, form: text.slice(start, end), bare: text.slice(start, bareEnd),
    tail: tail.length ? tail.map((t) => t.text).join(' ') : undefined, tokens, sequence, attributive: last.attributive,
  };
}

interface Known { j: number; kb: KbEntity; tail: Token[] }

/** One sequence being segmented, with the KB matches found so far (each start is looked up once). */
interface Segmenting { text: string; sequence: NameSequence; tail: Token[]; known: (Known | null | undefined)[] }

function knownAt(s: Segmenting, i: number): Known | undefined {
  if (s.known[i] === undefined) s.known[i] = longestKnown(s.text, s.sequence.tokens, i, s.tail) ?? null;
  return s.known[i] ?? undefined;
}

/** "Russia's Ministry of Defense" read as "Russian Ministry of Defense", a form the KB knows. */
function possessiveBody(text: string, tokens: Token[], i: number): Known | undefined {
  const adjective = tokens[i].possessive ? demonymOf(tokens[i].text) : undefined;
  if (!adjective) return undefined;
  for (let j = Math.min(tokens.length, i + MAX_NAME_TOKENS); j > i + 1; j--) {
    const kb = tokens[j - 1].capitalized ? lookupForm(`${adjective} ${text.slice(tokens[i + 1].start, tokens[j - 1].end)}`) : undefined;
    if (kb && kb.type === 'organization') return { j, kb, tail: [] };
  }
  return undefined;
}

function longestKnown(text: string, tokens: Token[], i: number, tail: Token[]): Known | undefined {
  if (!tokens[i].capitalized || tokens[i].text === 'The') return undefined;
  const body = possessiveBody(text, tokens, i);
  if (body) return body;
  for (let j = Math.min(tokens.length, i + MAX_NAME_TOKENS); j > i; j--) {
    if (j === tokens.length) {
      for (let t = tail.length; t > 0; t--) {
        const kb = lookupForm(text.slice(tokens[i].start, tail[t - 1].end));
        if (kb) return { j, kb, tail: tail.slice(0, t) };
      }
    }
    if (!tokens[j - 1].capitalized) continue;
    const kb = lookupForm(text.slice(tokens[i].start, tokens[j - 1].end));
    if (kb) return { j, kb, tail: [] };
  }
  return undefined;
}

/** A known place opening a longer unknown name ("Yalta European Strategy", "China Sea") is part of that name. */
function isSwallowed(s: Segmenting, known: Known): boolean {
  const tokens = s.sequence.tokens;
  if (known.kb.type !== 'place' || known.tail.length) return false;
  if (known.j === tokens.length) return ORG_TAILS.has(s.tail[0]?.text ?? '');
  if (!tokens[known.j].capitalized || startsPerson(tokens, known.j) || tokens[known.j - 1].possessive) return false;
  return tokens.slice(known.j).some((t, k) => t.capitalized && !isSkippable(tokens, known.j + k, s.sequence) && !knownAt(s, known.j + k));
}

/** A hyphenated pair of known places ("Severodonetsk-Lysychansk") names both. */
function hyphenParts(text: string, sequence: NameSequence, token: Token): RawMention[] {
  const parts: RawMention[] = [];
  let offset = token.start;
  for (const part of token.text.split(/[-‑]/)) {
    const kb = lookupForm(part);
    if (!kb || kb.type !== 'place') return [];
    parts.push(mention(text, sequence, [{ ...token, start: offset, end: offset + part.length, text: part, possessive: false }], kb));
    offset += part.length + 1;
  }
  return parts;
}

function trimConnectors(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && !tokens[a].capitalized) a++;
  while (b > a && !tokens[b - 1].capitalized) b--;
  return tokens.slice(a, b);
}

/** A given name followed by a capitalized word starts a person's name ("Foreign Affairs | Vladimir Makei"). */
function startsPerson(tokens: Token[], k: number): boolean {
  return isGivenName(tokens[k].text) && tokens[k + 1]?.capitalized === true && !ORG_HEADS.has(tokens[k + 1].text)
    && !PLACE_HEADS.has(tokens[k + 1].text);
}

/** Where an unknown run starting at i ends: at a title, a possessive, a known name, or a bridge word outside "X of A and B". */
function runEnd(s: Segmenting, i: number): number {
  const tokens = s.sequence.tokens;
  let k = i + 1;
  while (k < tokens.length && !tokens[k - 1].possessive && !isTitleWord(tokens[k])) {
    if (startsPerson(tokens, k)) break;
    if (BRIDGES.has(tokens[k].text) && !tokens.slice(i, k).some((t) => t.text === 'of' || t.text === 'for')) break;
    const known = knownAt(s, k);
    // A given name makes the next word a surname even when it names a place too ("Hanna Mali").
    const surname = k === i + 1 && isGivenName(tokens[i].text) && known?.j === k + 1;
    if (known && !surname && !isSwallowed(s, known)) break;
    k++;
  }
  return k;
}

/** A demonym or direction opening an unknown name with a head ("European Broadcasting Union", "Central Asia") belongs to it. */
function openingAdjective(tokens: Token[], i: number, run: Token[]): boolean {
  if (i === 0 || tokens[i - 1].possessive) return false;
  const before = tokens[i - 1].text;
  const head = run[run.length - 1].text;
  return (countryOfDemonym(before) !== undefined || DIRECTIONS.has(before)) && (ORG_HEADS.has(head) || PLACE_HEADS.has(head));
}

export function segment(text: string, sequence: NameSequence): RawMention[] {
  const tokens = sequence.tokens;
  const tail = tailWords(text, sequence);
  const s: Segmenting = { text, sequence, tail, known: [] };
  const found: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const known = knownAt(s, i);
    const swallowed = known !== undefined && isSwallowed(s, known);
    if (known && !swallowed) {
      found.push(mention(text, sequence, tokens.slice(i, known.j), known.kb, known.tail));
      i = known.j;
      continue;
    }
    if (!swallowed && /[-‑]/.test(tokens[i].text)) {
      const parts = hyphenParts(text, sequence, tokens[i]);
      if (parts.length) { found.push(...parts); i++; continue; }
    }
    if (!swallowed && (isSkippable(tokens, i, sequence) || !tokens[i].capitalized)) { i++; continue; }
    const k = runEnd(s, i);
    let run = trimConnectors(tokens.slice(i, k));
    if (run.length && openingAdjective(tokens, i, run)) run = [tokens[i - 1], ...run];
    if (run.length) {
      const head = k === tokens.length && tail.length && !tokens[k - 1].possessive
        && (PLACE_TAILS.has(tail[0].text) || ORG_TAILS.has(tail[0].text)) ? [tail[0]] : [];
      found.push(mention(text, sequence, run, undefined, head));
    }
    i = k;
  }
  return markModifiers(text, found, sequence);
}
