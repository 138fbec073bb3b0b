// Groups the capitalized tokens of a sentence into name sequences ("Institute for the Study of War", "Kremlin").
import type { Sentence } from '../types';
import { tokenize, type Token } from './tokens';

export interface NameSequence {
  tokens: Token[];
  sentence: number;
  /** The first token opens the sentence, a line or a quotation, where any word is capitalized. */
  initial: boolean;
  /** The sentence is a headline in title case, where common words are capitalized too. */
  headline: boolean;
  /** All tokens of the sentence, for context around the sequence. */
  context: Token[];
  /** Index of the first token of the sequence within `context`. */
  at: number;
}

const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'von', 'der', 'van', 'den', 'la', 'le', 'du', 'al', 'bin', 'da', 'and', '&', 'in']);
/** Heads joined to their subject by "on" ("Convention on Cluster Munitions", "Committee on Foreign Affairs"). */
const ON_HEADS = new Set(['Convention', 'Treaty', 'Committee', 'Commission', 'Conference', 'Council', 'Agreement', 'Declaration', 'Memorandum', 'Protocol', 'Subcommittee', 'Panel', 'Forum', 'Summit']);
/** Only spaces, or an editor's brackets ("[Russian President Vladimir] Putin"), lie between words of one name. */
const SAME_NAME_GAP = /^(?:[ \t\u00a0]+|\]? |\] ?\[)$/;
const OPENING = /(?:^|[\n“"‘'(\[:—–]|[-•]\s|\p{Ll}[.!?])\s*$/u;

function isHeadline(text: string, tokens: Token[], sentence: Sentence): boolean {
  if (/[.!?:;”"]\s*$/.test(text.slice(sentence.start, sentence.end))) return false;
  const long = tokens.filter((t) => t.text.length > 3);
  return long.length >= 3 && long.filter((t) => t.capitalized).length / long.length >= 0.6;
}

function gapBetween(text: string, left: Token, right: Token): string {
  const gap = text.slice(left.end, right.start);
  return left.possessive ? gap.replace(/^[’']s/, '') : gap;
}

export function nameSequences(text: string, sentences: Sentence[]): NameSequence[] {
  const sequences: NameSequence[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence);
    const headline = isHeadline(text, tokens, sentence);
    let i = 0;
    while (i < tokens.length) {
      if (!tokens[i].capitalized) { i++; continue; }
      const first = i;
      let last = i;
      let j = i + 1;
      while (j < tokens.length && !tokens[last].attributive && SAME_NAME_GAP.test(gapBetween(text, tokens[j - 1], tokens[j]))) {
        if (tokens[j].capitalized) { last = j; j++; continue; }
        if (!CONNECTORS.has(tokens[j].text) && !(tokens[j].text === 'on' && ON_HEADS.has(tokens[j - 1].text))) break;
        j++;
      }
      const before = text.slice(Math.max(sentence.start, tokens[first].start - 3), tokens[first].start);
      const initial = first === 0 || OPENING.test(before) || tokens[first].start === sentence.start;
      sequences.push({ tokens: tokens.slice(first, last + 1), sentence: sentence.index, initial, headline, context: tokens, at: first });
      i = last + 1;
    }
  }
  return sequences;
}
