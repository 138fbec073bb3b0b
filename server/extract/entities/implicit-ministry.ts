// Reads "the defence ministry" with no country named as the ministry of the country the sentences around it are about.
import type { Sentence } from '../types';
import { countryOfCapital, type KbEntity } from '../kb/index';
import { countryOfToken, ministryOf, ministryPhrase } from './country-bodies';
import type { RawMention } from './segment';
import { tokenize, type Token } from './tokens';

const BARE_MINISTRY = /\b[Tt]he ((?:[a-z]+ ){1,2})ministry\b/g;
/** How many sentences before the ministry's own are read for the country they are about. */
const WINDOW = 3;

/** Weighted mentions of countries: adjectives, possessives and capitals speak of actors; a bare name is often a location. */
function countryVotes(text: string, sentences: Sentence[], index: number): Map<KbEntity, number> {
  const votes = new Map<KbEntity, number>();
  for (let s = Math.max(0, index - WINDOW); s <= index; s++) {
    for (const token of tokenize(text, sentences[s])) {
      if (!token.capitalized) continue;
      const capital = countryOfCapital(token.text);
      const country = capital ?? countryOfToken(token);
      if (!country) continue;
      const actor = capital !== undefined || token.possessive || token.text !== country.name;
      votes.set(country, (votes.get(country) ?? 0) + (s === index ? 2 : 1) * (actor ? 1 : 0.5));
    }
  }
  return votes;
}

/** The one country clearly ahead in the votes, or undefined on a tie. */
function leading(votes: Map<KbEntity, number>): KbEntity | undefined {
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

function mentionAt(text: string, sentence: Sentence, phrase: Token[], context: Token[], ministry: { kb?: KbEntity; canonical: string }): RawMention {
  const start = phrase[0].start;
  const end = phrase[phrase.length - 1].end;
  const form = text.slice(start, end);
  return {
    start, end, sentence: sentence.index, kb: ministry.kb, form, bare: form, tokens: phrase,
    sequence: { tokens: phrase, sentence: sentence.index, initial: false, headline: false, context, at: context.indexOf(phrase[0]) },
    canonical: ministry.kb ? undefined : ministry.canonical, attributive: false, typeHint: 'organization',
  };
}

/** Mentions of "the defence ministry", "the foreign ministry" where no name covers them, given to the leading country. */
export function implicitMinistries(text: string, sentences: Sentence[], named: RawMention[]): RawMention[] {
  const namedIn = new Map<number, RawMention[]>();
  for (const m of named) namedIn.set(m.sentence, [...(namedIn.get(m.sentence) ?? []), m]);
  const found: RawMention[] = [];
  for (const sentence of sentences) {
    const body = text.slice(sentence.start, sentence.end);
    if (!body.includes('ministry')) continue;
    const context = tokenize(text, sentence);
    let country: KbEntity | null | undefined;
    for (const match of body.matchAll(BARE_MINISTRY)) {
      const at = sentence.start + (match.index ?? 0) + 4;
      if ((namedIn.get(sentence.index) ?? []).some((m) => m.start < at + match[0].length && at < m.end)) continue;
      const first = context.findIndex((t) => t.start >= at);
      const phrase = first < 0 ? undefined : ministryPhrase(context.slice(first, first + 3));
      if (!phrase) continue;
      if (country === undefined) country = leading(countryVotes(text, sentences, sentence.index)) ?? null;
      const ministry = country && ministryOf(country, phrase);
      if (ministry) found.push(mentionAt(text, sentence, phrase, context, ministry));
    }
  }
  return found;
}
