// Finds the longest names the knowledge base knows inside a name sequence, with lowercase tails ("Kharkiv region").
import { demonymOf, lookupForm, mayStartName, type KbEntity } from '../kb/index';
import type { NameSequence } from './sequences';
import type { Token } from './tokens';

const MAX_NAME_TOKENS = 8;

/** Lowercase words right after the sequence ("administration", "nuclear power plant"), for KB forms that end in them. */
export function tailWords(text: string, sequence: NameSequence): Token[] {
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

export interface Known { j: number; kb: KbEntity; tail: Token[] }

/** One sequence being segmented, with the KB matches found so far (each start is looked up once). */
export interface Segmenting { text: string; sequence: NameSequence; tail: Token[]; known: (Known | null | undefined)[] }

export function knownAt(s: Segmenting, i: number): Known | undefined {
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
  if (!mayStartName(tokens[i].text)) return undefined;
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


const DIRECTION_WORDS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)$/;

/**
 * A lowercase direction before a continent that makes a region the KB knows ("eastern Europe" is Eastern Europe);
 * before a country it only locates ("eastern Ukraine" is Ukraine).
 */
export function directedArea(text: string, sequence: NameSequence, first: Token, kb: KbEntity): { start: number; kb: KbEntity } | undefined {
  if (kb.kind !== 'continent') return undefined;
  const at = sequence.context.indexOf(first);
  const before = sequence.context[at - 1];
  if (!before || !DIRECTION_WORDS.test(before.text) || !/^[ \u00a0]$/.test(text.slice(before.end, first.start))) return undefined;
  const area = lookupForm(`${before.text[0].toUpperCase()}${before.text.slice(1)} ${kb.name}`);
  return area?.type === 'place' ? { start: before.start, kb: area } : undefined;
}
