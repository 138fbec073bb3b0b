// Reads a person's title around their name: "Kremlin spokesman Dmitry Peskov", "Jack Watling, a military analyst at RUSI".
import { countryOfDemonym, lookupName } from '../kb/index';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import type { Draft } from './merge';
import type { RawMention } from './segment';
import type { Token } from './tokens';

export interface Role {
  role?: string;
  affiliation?: string;
}

/** Lowercase words that may stand in a title before a name besides the role nouns ("former", "deputy", "foreign"). */
const TITLE_MODIFIERS = new Set(('former acting deputy vice first chief senior top foreign defense defence prime press military rebel '
  + 'separatist opposition interior finance justice economy energy health security intelligence presidential ministry state '
  + 'national regional local general arms control human rights affairs executive managing supreme high pro-Russian '
  + 'Russian-installed Moscow-installed Kremlin-backed Russian-backed Moscow-backed').split(' '));
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Sir', 'Dame']);
const POSSESSOR = /^((?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}.-]*)[’']s\s+/u;
const APPOSITION = /^,\s+(?:(?:a|an|the)\s+)?([^,.;:“”"()]{2,90}?)(?=,|\.|;|\s+(?:said|says|told|added|wrote)\b|$)/;
const AFFILIATION_AFTER = /\s(?:at|of|for|with|to|in)\s+(?:the\s+)?(?:[\w-]+-based\s+)?((?:\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of|for|the|and|on)\s+|\s+)?)+(?:region|oblast|district|province)?)/u;

function isRoleWord(token: Token): boolean {
  const word = token.text;
  return TITLE_WORDS.has(word) || ROLE_NOUNS.has(word.toLowerCase().replace(/s$/, '')) || TITLE_MODIFIERS.has(word);
}

function affiliationOf(words: string): string | undefined {
  const country = countryOfDemonym(words);
  if (country) return country.name;
  const known = lookupName(words.trim());
  return known && known.type !== 'person' ? known.name : undefined;
}

/** The longest run of capitalized words from `i` naming a body or place ("Wagner Group" in "Wagner Group founder"). */
function affiliationRun(text: string, tokens: Token[], i: number): { name: string; end: number } | undefined {
  if (!tokens[i].capitalized || TITLE_WORDS.has(tokens[i].text)) return undefined;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].capitalized && !TITLE_WORDS.has(tokens[last + 1].text)) last++;
  for (let j = last; j >= i; j--) {
    const name = affiliationOf(text.slice(tokens[i].start, tokens[j].end));
    if (name) return { name, end: j + 1 };
  }
  return undefined;
}

/** Title words right before the name, within its sentence: "former Swedish prime minister", "US Secretary of State". */
function titleBefore(text: string, m: RawMention): Role | undefined {
  const context = m.sequence.context;
  let k = context.findIndex((t) => t.start === m.start);
  const taken: Token[] = [];
  while (k > 0) {
    const token = context[k - 1];
    const gap = text.slice(token.end, context[k].start).replace(/^[’']s/, '');
    if (!/^[ \u00a0]+$/.test(gap)) break;
    if (!(token.capitalized || isRoleWord(token) || token.text === 'of' || token.text === 'the')) break;
    taken.unshift(token);
    k--;
  }
  while (taken.length && (taken[0].text === 'the' || taken[0].text === 'of')) taken.shift();
  if (!taken.some(isRoleWord)) return undefined;
  let affiliation: string | undefined;
  const role: string[] = [];
  for (let i = 0; i < taken.length; i++) {
    const run = affiliation ? undefined : affiliationRun(text, taken, i);
    if (run) { affiliation = run.name; i = run.end - 1; continue; }
    if (!countryOfDemonym(taken[i].text) && !HONORIFICS.has(taken[i].text)) role.push(taken[i].text);
  }
  return role.length ? { role: role.join(' '), affiliation } : undefined;
}

/** An apposition after the name: ", a military analyst at the Royal United Services Institute". */
function titleAfter(text: string, m: RawMention): Role | undefined {
  const apposition = APPOSITION.exec(text.slice(m.end, m.end + 160));
  if (!apposition) return undefined;
  const phrase = apposition[1];
  const words = phrase.split(/\s+/);
  if (!words.some((w) => ROLE_NOUNS.has(w.toLowerCase().replace(/s$/, '')) || TITLE_WORDS.has(w))) return undefined;
  const possessor = POSSESSOR.exec(phrase);
  if (possessor) return { role: phrase.slice(possessor[0].length), affiliation: affiliationOf(possessor[1]) ?? possessor[1] };
  const at = AFFILIATION_AFTER.exec(` ${phrase}`);
  const affiliation = at ? affiliationOf(at[1].trim()) ?? at[1].trim() : undefined;
  const role = at ? ` ${phrase}`.slice(0, at.index).trim() : phrase;
  return { role, affiliation };
}

export function roleOf(text: string, draft: Draft): Role {
  for (const m of draft.mentions) {
    if (m.attributive) continue;
    const found = titleBefore(text, m) ?? titleAfter(text, m);
    // "President Joe Biden": the office the KB knows for the person names what the article leaves implicit.
    if (found && !found.affiliation && draft.kb?.affiliation && found.role?.toLowerCase() === draft.kb.role) {
      return { ...found, affiliation: draft.kb.affiliation };
    }
    if (found) return found;
  }
  return draft.kb?.role ? { role: draft.kb.role, affiliation: draft.kb.affiliation } : {};
}
