// Names a country's bodies: "Ukraine's Defense Ministry", "Ukraine’s infrastructure ministry", "the U.S. Embassy in Moscow".
import { countryOfDemonym, demonymOf, lookupForm, type KbEntity } from '../kb/index';
import { DEPARTMENT_WORDS, ORG_HEADS } from './lexicon';
import type { RawMention } from './segment';
import type { NameSequence } from './sequences';
import type { Token } from './tokens';

const MISSIONS = new Set(['Embassy', 'Consulate', 'Consulate-General', 'Mission']);

/** The country a token names as a noun, a possessive or an adjective ("Ukraine", "Ukraine’s", "Ukrainian", "UK"). */
export function countryOfToken(token: Token): KbEntity | undefined {
  const named = lookupForm(token.text);
  return named?.kind === 'country' ? named : countryOfDemonym(token.text);
}

const title = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** Department words then "ministry" in the lowercase words after a name: ["infrastructure", "ministry"]. */
export function ministryPhrase(words: Token[]): Token[] | undefined {
  for (let n = 0; n < Math.min(3, words.length); n++) {
    if (words[n].text === 'ministry') return n > 0 ? words.slice(0, n + 1) : undefined;
    if (!DEPARTMENT_WORDS.has(words[n].text)) return undefined;
  }
  return undefined;
}

/** "<Adjective> <Field> Ministry", the KB's own entry when it has one ("Russian Defence Ministry" is the Russian Defense Ministry). */
export function ministryOf(country: KbEntity, phrase: Token[]): { kb?: KbEntity; canonical: string } | undefined {
  const adjective = demonymOf(country.name);
  if (!adjective) return undefined;
  const canonical = `${adjective} ${phrase.slice(0, -1).map((t) => title(t.text)).join(' ')} Ministry`;
  const kb = lookupForm(canonical);
  return kb?.type === 'organization' ? { kb, canonical: kb.name } : { canonical };
}

/** A ministry written in lowercase after the country ending a name sequence: "Ukraine’s infrastructure ministry". */
export function lowercaseMinistry(text: string, sequence: NameSequence, tail: Token[]): RawMention | undefined {
  const last = sequence.tokens[sequence.tokens.length - 1];
  const country = countryOfToken(last);
  const phrase = country && ministryPhrase(tail);
  const ministry = phrase && ministryOf(country, phrase);
  if (!ministry) return undefined;
  const end = phrase[phrase.length - 1].end;
  const form = text.slice(last.start, end);
  return {
    start: last.start, end, sentence: sequence.sentence, kb: ministry.kb, form, bare: form, tokens: [last], sequence,
    canonical: ministry.kb ? undefined : ministry.canonical, attributive: false, typeHint: 'organization',
  };
}

function joined(text: string, left: RawMention, right: RawMention, canonical: string | undefined): RawMention {
  const last = right.tokens[right.tokens.length - 1];
  return {
    ...right, start: left.start, kb: undefined, form: text.slice(left.start, right.end), bare: text.slice(left.start, right.start + right.bare.length),
    tokens: [...left.tokens, ...right.tokens], attributive: !!last.attributive, canonical, typeHint: 'organization',
  };
}

/** The name without its possessive ending, as the country's adjective reads it ("Ukraine's Defense Ministry"). */
function possessiveCountry(text: string, country: RawMention | undefined, m: RawMention): string | undefined {
  if (country?.kb?.kind !== 'country' || !country.tokens[country.tokens.length - 1].possessive) return undefined;
  return /^[’']s\s+$/.test(text.slice(country.end, m.start)) ? demonymOf(country.kb.name) : undefined;
}

/**
 * Joins a country and the body after it: "Ukraine's Defense Ministry" (named with the country's adjective), "U.S.
 * Embassy" and "Russian Embassy" followed by "in <City>" (one organization, named with the country in full), and a
 * body and the country after it ("Ministry of Health of Moldova").
 */
export function countryBodies(text: string, found: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of found) {
    const before = out[out.length - 1];
    const head = m.tokens[m.tokens.length - 1].text;
    const adjective = m.kb ? undefined : possessiveCountry(text, before, m);
    const mission = !m.kb && MISSIONS.has(head) && m.tokens.length <= 2;
    if (adjective && (ORG_HEADS.has(head) || ORG_HEADS.has(m.tokens[0].text))) {
      const body = joined(text, before, m, `${adjective} ${m.bare}`);
      const kb = lookupForm(body.canonical!);
      out[out.length - 1] = kb?.type === 'organization' ? { ...body, kb, canonical: undefined } : body;
    } else if (mission && before?.kb?.kind === 'country' && !before.tokens[before.tokens.length - 1].possessive
      && /^[ \u00a0]$/.test(text.slice(before.end, m.start))) {
      out[out.length - 1] = joined(text, before, m, `${before.kb.name} ${head}`);
    } else if (before && !before.kb && MISSIONS.has(before.tokens[before.tokens.length - 1].text) && m.kb?.type === 'place'
      && /^ in $/.test(text.slice(before.end, m.start))) {
      out[out.length - 1] = joined(text, before, m, before.canonical ? `${before.canonical} in ${m.kb.name}` : undefined);
    } else if (before && !before.kb && before.tokens.some((t) => ORG_HEADS.has(t.text)) && m.kb?.kind === 'country'
      && /^ of (?:the )?$/.test(text.slice(before.end, m.start))) {
      // "the Ministry of Foreign Affairs of Poland": one body, the KB's entry when it knows it.
      const body = joined(text, before, m, undefined);
      const kb = lookupForm(body.form);
      out[out.length - 1] = kb?.type === 'organization' ? { ...body, kb } : body;
    } else out.push(m);
  }
  return out;
}
