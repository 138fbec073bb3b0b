// Splits a name sequence into known names (KB), unknown name runs, and the title words and demonyms around them.
import type { EntityType, Span } from '../types';
import { countryOfDemonym, lookupForm, type KbEntity } from '../kb/index';
import { directedArea, knownAt, tailWords, type Known, type Segmenting } from './known-names';
import { COLLECTIVE_NOUNS, DEPARTMENT_WORDS, DIRECTIONS, GENERIC_HEADS, isCommonWord, NAME_ADJECTIVES, isDemonymWord, isGivenName, MONTHS_AND_DAYS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, SITE_TAILS, tailPhrase, TITLE_WORDS, TREATY_HEADS, UNIT_HEADS } from './lexicon';
import { markModifiers } from './modifiers';
import { countryBodies, lowercaseMinistry } from './country-bodies';
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
  /** The canonical name when it differs from the surface ("Ukrainian Defense Ministry" for "Ukraine's Defense Ministry"). */
  canonical?: string;
  /** Used as a modifier ("Kremlin spokesman", "Moscow-backed", "NZ time"): counts only for an entity named elsewhere. */
  attributive: boolean;
  typeHint?: EntityType;
  /** Listed with known names of this type ("Syria, Myanmar, Xinjiang"): a cue for an unknown name's type. */
  listedWith?: EntityType;
}

const LEGEND_LENGTH = 8;

/** Words an unknown name may run over only inside "X of/for A and B" ("Center for Strategic and International Studies"). */
const BRIDGES = new Set(['and', '&', 'in']);

export function isTitleWord(token: Token): boolean {
  return TITLE_WORDS.has(token.text) && !token.possessive;
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

/**
 * A known place opening a longer unknown name is part of it when that name ends in a head ("South China Sea",
 * "Moscow City Court") or a lowercase tail ("Yalta European Strategy forum"); "Bakhmut Scenario" stays Bakhmut.
 */
function isSwallowed(s: Segmenting, known: Known): boolean {
  const tokens = s.sequence.tokens;
  if (known.kb.type === 'person' || known.tail.length) return false;
  if (known.j === tokens.length) {
    // "The Economist magazine" is still The Economist; "Yalta European Strategy forum" is not Yalta; "a Berlin think
    // tank" describes one in Berlin.
    const phrase = tailPhrase(s.tail);
    const described = /^(?:a|an)$/i.test(s.sequence.context[s.sequence.at - 1]?.text ?? '');
    return phrase !== undefined && !described && known.kb.type !== 'organization' && (ORG_TAILS.has(phrase) || SITE_TAILS.has(phrase));
  }
  if (!tokens[known.j].capitalized || startsPerson(tokens, known.j) || tokens[known.j - 1].possessive) return false;
  // A long run of capitalized words with no connector is a map legend or a list of names, not one long name.
  if (tokens.length > LEGEND_LENGTH && tokens.every((t) => t.capitalized)) return false;
  const last = tokens[tokens.length - 1];
  const headed = ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text) || TREATY_HEADS.has(last.text) || tailPhrase(s.tail) !== undefined;
  return headed && tokens.slice(known.j).some((t, k) => t.capitalized && !isSkippable(tokens, known.j + k, s.sequence) && !knownAt(s, known.j + k));
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

/** A head noun a possessive may run into within one name ("St. Peter's Square", "People's Republic"). */
function isHead(token: Token): boolean {
  return ORG_HEADS.has(token.text) || PLACE_HEADS.has(token.text);
}

/** A given name followed by a capitalized word starts a person's name ("Foreign Affairs | Vladimir Makei"). */
function startsPerson(tokens: Token[], k: number): boolean {
  return isGivenName(tokens[k].text) && tokens[k + 1]?.capitalized === true && !ORG_HEADS.has(tokens[k + 1].text)
    && !PLACE_HEADS.has(tokens[k + 1].text);
}

/**
 * "Food and Agriculture Organization", "Energy and Natural Resources Committee": "and" inside a name that ends in an
 * organization's head; after a head of its own ("University and", "Navy and") another name starts.
 */
function bridgesName(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1].text;
  return (tokens[k].text === 'and' || tokens[k].text === '&') && ORG_HEADS.has(tokens[tokens.length - 1].text)
    && (!ORG_HEADS.has(before) || DEPARTMENT_WORDS.has(before.toLowerCase())) && tokens[k + 1]?.capitalized === true;
}

/** "Minister of National Defense Hulusi Akar": the ministry's field belongs to the title, the name starts after it. */
function endsField(tokens: Token[], i: number, k: number): boolean {
  const field = (t: Token): boolean => DEPARTMENT_WORDS.has(t.text.toLowerCase());
  return i >= 2 && tokens[i - 1].text === 'of' && isTitleWord(tokens[i - 2]) && field(tokens[k - 1]) && !field(tokens[k]);
}

/** A possessive ends a name unless a head follows ("St. Peter's Square") or it is a collective ("People's Republic"). */
function endsAtPossessive(tokens: Token[], k: number): boolean {
  return tokens[k - 1].possessive && !isHead(tokens[k]) && !COLLECTIVE_NOUNS.has(tokens[k - 1].text);
}

/** Where an unknown run starting at i ends: at a title, a possessive, a known name, or a bridge word outside "X of A and B". */
function runEnd(s: Segmenting, i: number): number {
  const tokens = s.sequence.tokens;
  let k = i + 1;
  while (k < tokens.length && !endsAtPossessive(tokens, k) && !isTitleWord(tokens[k]) && !isDateWord(tokens, k)) {
    if (startsPerson(tokens, k) || endsField(tokens, i, k)) break;
    if (tokens[k].text === 'of' && PLACE_HEADS.has(tokens[k - 1].text) && isHead(tokens[tokens.length - 1]) && k < tokens.length - 2) break;
    if (BRIDGES.has(tokens[k].text) && !bridgesName(tokens, k) && !tokens.slice(i, k).some((t) => t.text === 'of' || t.text === 'for')) break;
    const known = knownAt(s, k);
    // A given name makes the next word a surname even when it names a place too ("Hanna Mali").
    const surname = k === i + 1 && isGivenName(tokens[i].text) && known?.j === k + 1;
    // A body known by a bare head ("Congress", "Senate") ends a longer name ("Belarusian People’s Congress").
    const bareHead = known?.j === k + 1 && ORG_HEADS.has(tokens[k].text);
    if (known && !surname && !bareHead && !isSwallowed(s, known)) {
      // "National Security Council": adjectives before a known body make a longer name of their own.
      const opened = known.kb.type === 'organization' && tokens.slice(i, k).every((t) => NAME_ADJECTIVES.has(t.text));
      return opened ? known.j : k;
    }
    k++;
  }
  return k;
}

/** A demonym or direction opening an unknown name with a head ("European Broadcasting Union", "Central Asia") belongs to it. */
function openingAdjective(tokens: Token[], i: number, run: Token[]): boolean {
  if (i === 0 || tokens[i - 1].possessive) return false;
  const before = tokens[i - 1].text;
  const head = run[run.length - 1].text;
  if (run.length === 1 && GENERIC_HEADS.has(head)) return false;
  const headed = ORG_HEADS.has(head) || PLACE_HEADS.has(head) || (ORG_HEADS.has(run[0].text) && run.some((t) => t.text === 'of'));
  return (isDemonymWord(before) || countryOfDemonym(before) !== undefined || DIRECTIONS.has(before)) && headed;
}

/** "Haitian National Police": a known body of one country is not meant after another country's adjective. */
function ofOtherCountry(tokens: Token[], i: number, known: Known | undefined): boolean {
  const adjective = i > 0 && known?.kb.type === 'organization' && known.kb.country ? countryOfDemonym(tokens[i - 1].text) : undefined;
  return adjective !== undefined && adjective.name !== known!.kb.country;
}

/** The number of a military unit belongs to its name ("36th Separate Marine Brigade", "1st Guards Tank Army"). */
function unitNumber(text: string, sequence: NameSequence, run: Token[]): Token | undefined {
  const before = sequence.context[sequence.at - 1];
  if (run[0] !== sequence.tokens[0] || !before || !UNIT_HEADS.has(run[run.length - 1].text)) return undefined;
  return /^\d{1,3}(?:st|nd|rd|th)$/.test(before.text) && /^[ \u00a0]$/.test(text.slice(before.end, run[0].start)) ? before : undefined;
}

export function segment(text: string, sequence: NameSequence): RawMention[] {
  const tokens = sequence.tokens;
  const tail = tailWords(text, sequence);
  const s: Segmenting = { text, sequence, tail, known: [] };
  const found: RawMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const known = ofOtherCountry(tokens, i, knownAt(s, i)) ? undefined : knownAt(s, i);
    const swallowed = known !== undefined && isSwallowed(s, known);
    if (known && !swallowed) {
      const area = i === 0 ? directedArea(text, sequence, tokens[0], known.kb) : undefined;
      const named = mention(text, sequence, tokens.slice(i, known.j), area?.kb ?? known.kb, known.tail);
      found.push(area ? { ...named, start: area.start, form: text.slice(area.start, named.end), bare: text.slice(area.start, named.end) } : named);
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
    const adjective = run.length > 0 && openingAdjective(tokens, i, run);
    if (adjective) run = [tokens[i - 1], ...run];
    const ordinal = run.length ? unitNumber(text, sequence, run) : undefined;
    if (ordinal) run = [ordinal, ...run];
    if (run.length) {
      const phrase = k === tokens.length && !tokens[k - 1].possessive ? tailPhrase(tail) : undefined;
      const head = phrase ? tail.slice(0, phrase.split(' ').length) : [];
      // "the Belarusian Ministry of Foreign Affairs" may be a body the KB knows by another form.
      const kb = adjective ? lookupForm(text.slice(run[0].start, run[run.length - 1].end)) : undefined;
      found.push(mention(text, sequence, run, kb?.type === 'organization' ? kb : undefined, head));
    }
    i = k;
  }
  const ministry = lowercaseMinistry(text, sequence, tail);
  if (ministry) {
    const kept = found.filter((m) => m.end <= ministry.start);
    return markModifiers(text, countryBodies(text, [...kept, ministry]), sequence);
  }
  return markModifiers(text, countryBodies(text, found), sequence);
}
