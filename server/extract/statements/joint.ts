// Joint speakers: "The White House and the UK government said", "the US and NATO warned", "Biden and Kishida, who both ...".
import type { Token } from './tokens';
import type { ArticleParties, Party } from './parties';
import type { SubjectShape } from './subject';
import type { Resolution } from './speaker';

const JOINERS = new Set(['and', '&']);

/**
 * The conjuncts of a subject joined by "and" ("A, B and C"), as token ranges; undefined when there is only one. An "and"
 * inside a name ("Institute for Economics and Peace") joins nothing.
 */
export function conjuncts(tokens: Token[], from: number, to: number, parties: ArticleParties): Array<[number, number]> | undefined {
  if (to - from < 3) return undefined;
  const names = parties.within({ start: tokens[from].start, end: tokens[to - 1].end });
  const insideName = (token: Token) => names.some((mention) => mention.start < token.start && token.end < mention.end);
  const cuts: number[] = [];
  for (let at = from + 1; at < to - 1; at++) {
    const token = tokens[at];
    if (JOINERS.has(token.lower) && !insideName(token)) cuts.push(at);
  }
  if (!cuts.length) return undefined;
  // "A, B and C": the commas before the last "and" separate conjuncts too.
  const last = cuts[cuts.length - 1];
  for (let at = from + 1; at < last; at++) if (tokens[at].kind === 'comma' && !cuts.includes(at)) cuts.push(at);
  cuts.sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  let start = from;
  for (const cut of cuts) {
    const end = tokens[cut - 1]?.kind === 'comma' ? cut - 1 : cut;
    if (end > start) ranges.push([start, end]);
    start = cut + 1;
  }
  if (start < to) ranges.push([start, to]);
  return ranges.length > 1 ? ranges : undefined;
}

/** The other speakers of a subject joined by "and", when every one of its parts names a speaker. */
export function jointPartners(tokens: Token[], subject: SubjectShape, speaker: Party, parties: ArticleParties,
  resolve: (from: number, to: number) => Resolution): Party[] {
  if (subject.kind !== 'phrase' && subject.kind !== 'relative') return [];
  const parts = conjuncts(tokens, subject.from, subject.to, parties);
  if (!parts) return [];
  const found: Party[] = [];
  for (const [from, to] of parts) {
    // "the US official and other sources": a group of unnamed sources, not several speakers.
    if (tokens[from].lower === 'other') return [];
    const resolution = resolve(from, to);
    if (resolution.kind !== 'party') return [];
    found.push(resolution.party);
  }
  const keys = new Set<string>([speaker.key]);
  return found.filter((party) => !keys.has(party.key) && !!keys.add(party.key));
}
