// Gathers mentions into entities: one per KB entry, unknown names merged by spelling, surname and acronym.
import type { EntityType } from '../types';
import { FAMILY_NAME_FIRST, normalizeName, type KbEntity } from '../kb/index';
import { addVotes, bestType, speaks, typeVotes, type TypeVotes } from './classify';
import { DEPARTMENT_WORDS, DIRECTIONS, EVENT_HEADS, isCommonWord, isGivenName, MONTHS_AND_DAYS, ORG_HEADS, PLACE_HEADS, TITLE_WORDS, TREATY_HEADS, WEAPON_HEADS } from './lexicon';
import nonEntitiesFile from '../kb/non-entities.json';
import type { RawMention } from './segment';
import { namesSpeaker } from './runs';

export interface Draft {
  kb?: KbEntity;
  mentions: RawMention[];
  votes: TypeVotes;
  acronyms: string[];
}

const NON_ENTITIES = new Set(nonEntitiesFile.names.map(normalizeName));
/** Longer runs of capitalized words are captions, map legends or titles, not names. */
const MAX_NAME_WORDS = 8;

const ACRONYM_DEFINITION = /^\s*\(\s*(\p{Lu}[\p{Lu}.&-]{1,7})(?:\s+or\s+(\p{Lu}[\p{Lu}.&-]{1,7}))?\s*\)/u;

/** Spelling key that folds common transliteration variants ("Zelenskiy", "Zelenskyy" -> "zelensky"). */
export function spellingKey(name: string): string {
  return normalizeName(name).replace(/(?:iy|yy|ii|yi|ij)\b/g, 'y').replace(/kh/g, 'h').replace(/(\p{L})\1/gu, '$1');
}

function words(m: RawMention): string[] {
  return m.tokens.map((t) => t.text).filter((w) => /^\p{Lu}/u.test(w));
}

function longestName(draft: Draft): string[] {
  return draft.mentions.map(words).sort((a, b) => b.length - a.length)[0];
}

function newDraft(m: RawMention, text: string): Draft {
  return { kb: m.kb, mentions: [m], votes: m.kb ? { person: 0, organization: 0, place: 0 } : typeVotes(text, m), acronyms: [] };
}

function absorb(into: Draft, from: Draft): void {
  into.mentions.push(...from.mentions);
  into.acronyms.push(...from.acronyms);
  addVotes(into.votes, from.votes);
}

/** Of names where one ends another ("Van Schaack", "Beth Van Schaack"), only the longest. */
function outermost(names: Draft[] | undefined): Draft[] | undefined {
  const ends = (inner: string[], outer: string[]) => inner.length < outer.length && outer.slice(-inner.length).join(' ') === inner.join(' ');
  return names?.filter((d) => !names.some((other) => ends(longestName(d), longestName(other))));
}

/** Person names that end the full name of exactly one other person ("Van Schaack" of "Beth Van Schaack"). */
function mergeNameEndings(drafts: Draft[]): Draft[] {
  const people = drafts.filter((d) => !d.kb && (bestType(d.votes) === 'person') && longestName(d).length >= 2);
  for (const d of people) {
    const name = longestName(d).join(' ');
    const hosts = people.filter((other) => other !== d && other.mentions.length && longestName(other).join(' ').endsWith(` ${name}`));
    if (hosts.length === 1) { absorb(hosts[0], d); d.mentions = []; }
  }
  return drafts.filter((d) => d.mentions.length > 0);
}

/** Single-word names that are the surname of one person, or the first word of one organization, named in full. */
function mergePartialNames(all: Draft[]): Draft[] {
  const drafts = mergeNameEndings(all);
  // Hosts are indexed by the word a partial name would be (a person's last word, another name's first), so the
  // merge stays linear in the number of names however long the article.
  const hosts = new Map<string, Draft[]>();
  for (const f of drafts) {
    const name = f.kb ? f.kb.name.split(' ') : longestName(f);
    if (name.length < 2) continue;
    const word = (f.kb?.type ?? bestType(f.votes)) === 'person' ? name[name.length - 1] : name[0];
    hosts.set(word, [...(hosts.get(word) ?? []), f]);
    // "Wang" of Wang Yi: a Chinese or Korean person the KB knows is also named by the family name written first.
    if (f.kb?.type === 'person' && FAMILY_NAME_FIRST.has(f.kb.country ?? '') && name[0] !== word) hosts.set(name[0], [...(hosts.get(name[0]) ?? []), f]);
  }
  // A word that only ever opens sentences may be a common word, unless a person's full name ends in it ("Dacic noted"),
  // or a Chinese or Korean person's starts with it ("Wang exchanged views").
  const familyNames = new Set(drafts.filter((f) => f.kb?.type === 'person' && FAMILY_NAME_FIRST.has(f.kb.country ?? '')).map((f) => f.kb!.name.split(' ')[0]));
  // "May said ..." of Clifford May: a common word right before a reporting verb is a surname too.
  const spoken = (d: Draft) => d.mentions.some((m) => namesSpeaker(m.sequence, m.tokens[m.tokens.length - 1]));
  const partial = drafts.filter((d) => !d.kb && longestName(d).length === 1 && (!isCommonWord(longestName(d)[0]) || familyNames.has(longestName(d)[0]) || spoken(d)));
  for (const d of partial) {
    // "Schaack" of "Van Schaack" and "Beth Van Schaack": names ending one in the other are one person, the longest.
    const candidates = outermost(hosts.get(longestName(d)[0]));
    const opener = d.mentions.every(opensSentence);
    const host = candidates?.length === 1 ? candidates[0] : undefined;
    if (host && (!opener || (host.kb?.type ?? bestType(host.votes)) === 'person')) { absorb(host, d); d.mentions = []; }
  }
  return drafts.filter((d) => d.mentions.length > 0);
}

/**
 * Treaties, weapons and events are named but are neither people, organizations nor places ("Convention on Cluster
 * Munitions", "Bradley Infantry Fighting Vehicles", "Yom Kippur War", "Battle of Kyiv", "Operation Barbarossa").
 */
function namesThing(draft: Draft): boolean {
  return draft.mentions.some((m) => {
    const words = m.tokens.map((t) => t.text);
    const [first] = words;
    const last = words[words.length - 1];
    if (TREATY_HEADS.has(last) || WEAPON_HEADS.has(last) || EVENT_HEADS.has(last) || first === 'Operation') return true;
    return (TREATY_HEADS.has(first) || EVENT_HEADS.has(first)) && (words.includes('on') || words.includes('of'));
  });
}

/** Names that are only a ministry's field ("Foreign Affairs"), months ("March-April") or a plural acronym ("IDPs"). */
function namesNothing(name: string[]): boolean {
  if (name.every((w) => DEPARTMENT_WORDS.has(w.toLowerCase()))) return true;
  if (name.length === 1 && name[0].split(/[-‑]/).every((part) => MONTHS_AND_DAYS.has(part) || DIRECTIONS.has(part))) return true;
  return name.length === 1 && /^\p{Lu}{2,}s$/u.test(name[0]);
}

function opensSentence(m: RawMention): boolean {
  return m.sequence.initial && m.tokens[0].start === m.sequence.tokens[0].start;
}

function isKept(draft: Draft): boolean {
  if (draft.mentions.every((m) => m.attributive)) return false;
  // A KB entry, or a body whose form makes it one ("Ukraine’s infrastructure ministry").
  if (draft.kb || draft.mentions.some((m) => m.typeHint)) return true;
  const name = longestName(draft);
  if (draft.mentions.every((m) => m.sequence.headline)) return false;
  if (draft.mentions.some((m) => NON_ENTITIES.has(normalizeName(m.bare)))) return false;
  if (/^[RDI]-[A-Z][a-z]+\.?$/.test(name.join(' '))) return false;
  if (namesThing(draft) || namesNothing(name) || name.length > MAX_NAME_WORDS) return false;
  if (name.length === 1) {
    const word = name[0];
    if (isGivenName(word) && draft.votes.organization < 3 && draft.votes.place < 3) return false;
    if (isCommonWord(word) || ORG_HEADS.has(word) || PLACE_HEADS.has(word) || TITLE_WORDS.has(word)) return false;
    // An acronym nobody defined is kept only when the words around it make it an organization ("AFP journalists").
    if (/^\p{Lu}[\p{Lu}.&-]+$/u.test(word) && !draft.acronyms.length) return draft.votes.organization >= 2;
    if (draft.mentions.every((m) => opensSentence(m) && !speaks(m))) return false;
  }
  return bestType(draft.votes) !== undefined;
}

export function mergeMentions(text: string, mentions: RawMention[]): Draft[] {
  const byKey = new Map<string, Draft>();
  const acronymOwner = new Map<string, Draft>();
  const pending: RawMention[] = [];
  for (const m of mentions) {
    const key = m.kb ? m.kb.key : `?${spellingKey(m.canonical ?? m.bare)}`;
    if (!m.kb && /^\p{Lu}[\p{Lu}.&-]+$/u.test(m.bare) && !byKey.has(key)) { pending.push(m); continue; }
    const draft = byKey.get(key);
    if (draft) { draft.mentions.push(m); if (!m.kb) addVotes(draft.votes, typeVotes(text, m)); } else byKey.set(key, newDraft(m, text));
    const definition = text.slice(m.end, m.end + 40).match(ACRONYM_DEFINITION);
    if (definition) {
      const owner = byKey.get(key)!;
      for (const acronym of definition.slice(1).filter(Boolean)) { owner.acronyms.push(acronym); acronymOwner.set(acronym, owner); }
    }
  }
  for (const m of pending) {
    const owner = acronymOwner.get(m.bare);
    if (owner) owner.mentions.push(m);
    else {
      const key = `?${spellingKey(m.bare)}`;
      const draft = byKey.get(key);
      if (draft) draft.mentions.push(m); else byKey.set(key, newDraft(m, text));
    }
  }
  const drafts = mergePartialNames([...byKey.values()]);
  for (const d of drafts) d.mentions.sort((a, b) => a.start - b.start);
  return drafts.filter(isKept);
}

export function draftType(draft: Draft): EntityType {
  return draft.kb?.type ?? bestType(draft.votes) ?? 'person';
}
