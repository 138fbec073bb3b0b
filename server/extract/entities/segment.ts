// Splits a name sequence into known names (KB), unknown name runs, and the title words and demonyms around them.
import type { EntityType, Span } from '../types';
import { countryOfDemonym, lookupForm, type KbEntity } from '../kb/index';
import { directedArea, knownAt, tailWords, type Known, type Segmenting } from './known-names';
import { DIRECTIONS, GENERIC_HEADS, isDemonymWord, ORG_HEADS, PLACE_HEADS, tailPhrase, UNIT_HEADS } from './lexicon';
import { isSkippable, isSwallowed, runEnd, trimConnectors } from './runs';
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

function mention(text: string, sequence: NameSequence, tokens: Token[], kb?: KbEntity, tail: Token[] = []): RawMention {
  const start = tokens[0].start;
  const bareEnd = tokens[tokens.length - 1].end;
  const end = tail.length ? tail[tail.length - 1].end : bareEnd;
  const last = tail.length ? tail[tail.length - 1] : tokens[tokens.length - 1];
  return {
    start, end, sentence: sequence.sentence, kb, form: text.slice(start, end), bare: text.slice(start, bareEnd),
    tail: tail.length ? tail.map((t) => t.text).join(' ') : undefined, tokens, sequence, attributive: !!last.attributive,
  };
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
