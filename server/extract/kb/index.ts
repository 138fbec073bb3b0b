// Knowledge base lookups: canonical names, types and facts for names, demonyms and capitals met in war reporting.
import type { EntityType } from '../types';
import { entityKey, isCaseSensitiveForm, normalizeName } from './normalize';
import { variantOf } from './variants';
import countriesFile from './countries.json';
import placesFile from './places.json';
import organizationsFile from './organizations.json';
import peopleFile from './people.json';

export { normalizeName, entityKey } from './normalize';
export { ministryFieldName } from './variants';

export interface KbEntity {
  key: string;
  name: string;
  type: EntityType;
  /** Finer class: country, city, region, river, sea, site, continent, area, government, military, media, person... */
  kind: string;
  aliases: string[];
  /** The state a place lies in or a body or person belongs to. */
  country?: string;
  role?: string;
  /** Offices a person held before the period ("president" for Dmitry Medvedev): "the former Russian president". */
  former?: string[];
  affiliation?: string;
  coordinates?: { lat: number; lon: number };
  capital?: string;
}

interface RawEntry {
  name: string; aliases?: string[]; kind?: string; country?: string; role?: string; former?: string[]; affiliation?: string;
  lat?: number; lon?: number; capital?: string; demonyms?: string[];
}

/** Surface forms already looked up: articles repeat their names, and lookups run for every span of every name. */
const remembered = new Map<string, KbEntity | null>();
const REMEMBER_AT_MOST = 100000;

const AMBIGUOUS = null;
const byForm = new Map<string, KbEntity | typeof AMBIGUOUS>();
const caseSensitive = new Map<string, KbEntity>();
const byKey = new Map<string, KbEntity>();
const demonyms = new Map<string, KbEntity>();
const capitals = new Map<string, KbEntity>();
const adjectives = new Map<string, string>();

function toEntity(raw: RawEntry, type: EntityType, kind: string): KbEntity {
  const entity: KbEntity = { key: entityKey(type, raw.name), name: raw.name, type, kind, aliases: raw.aliases ?? [] };
  if (raw.country) entity.country = raw.country;
  if (raw.role) entity.role = raw.role;
  if (raw.former) entity.former = raw.former;
  if (raw.affiliation) entity.affiliation = raw.affiliation;
  if (raw.capital) entity.capital = raw.capital;
  if (raw.lat !== undefined && raw.lon !== undefined) entity.coordinates = { lat: raw.lat, lon: raw.lon };
  return entity;
}

/** First words of every form the KB knows, and of the forms its variants are read from ("Republic of", "Ministry of"). */
const firstWords = new Set(['republic', 'kingdom', 'principality', 'grand', 'state', 'commonwealth', 'ministry']);
const firstWordOf = (surface: string): string => normalizeName(surface).split(' ')[0];

function addForm(form: string, entity: KbEntity): void {
  firstWords.add(firstWordOf(form));
  if (isCaseSensitiveForm(form)) {
    caseSensitive.set(form.replace(/\./g, ''), entity);
    return;
  }
  const key = normalizeName(form);
  if (!key) return;
  const had = byForm.get(key);
  // A form shared by two entities ("Fedorov") names neither for sure; the canonical name wins over an alias.
  if (had === undefined || had?.key === entity.key) byForm.set(key, entity);
  else if (had !== AMBIGUOUS && normalizeName(had.name) !== key) {
    byForm.set(key, normalizeName(entity.name) === key ? entity : AMBIGUOUS);
  }
}

function register(entity: KbEntity): void {
  byKey.set(entity.key, entity);
  for (const form of [entity.name, ...entity.aliases]) addForm(form, entity);
}

for (const raw of countriesFile.countries as RawEntry[]) {
  const country = toEntity(raw, 'place', 'country');
  register(country);
  // A state's government is the state (the guidelines' aliases): "the Polish government", "Government of Poland".
  const governments = [`Government of ${raw.name}`, `${raw.name}'s government`, ...(raw.demonyms?.length ? [`${raw.demonyms[0]} government`] : [])];
  for (const form of governments) addForm(form, country);
  for (const demonym of raw.demonyms ?? []) {
    demonyms.set(demonym.toLowerCase(), country);
    firstWords.add(firstWordOf(demonym));
  }
  if (raw.demonyms?.length) adjectives.set(country.key, raw.demonyms[0]);
}
for (const raw of placesFile.places as RawEntry[]) register(toEntity(raw, 'place', raw.kind ?? 'place'));
for (const raw of organizationsFile.organizations as RawEntry[]) register(toEntity(raw, 'organization', raw.kind ?? 'organization'));
/** States whose people's names the English press writes family name first ("Wang Yi", "Kim Jong Un"): "Wang" alone is Wang Yi. */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['China', 'North Korea', 'South Korea', 'Vietnam', 'Taiwan']);
const familyNames = new Set<string>();
for (const raw of peopleFile.people as RawEntry[]) {
  register(toEntity(raw, 'person', 'person'));
  if (FAMILY_NAME_FIRST.has(raw.country ?? '')) familyNames.add(raw.name.split(' ')[0]);
}

/** Whether the word is the family name of a person the KB knows from a state that writes it first ("Wang", "Xi"). */
export function isKnownFamilyName(word: string): boolean {
  return familyNames.has(word);
}
for (const raw of countriesFile.countries as RawEntry[]) {
  const capital = raw.capital ? lookupExact(raw.capital) : undefined;
  if (capital) capitals.set(capital.key, byKey.get(entityKey('place', raw.name))!);
}

/** Whether some name the KB knows may start with this word: a cheap test before trying every span that starts there. */
export function mayStartName(word: string): boolean {
  return firstWords.has(firstWordOf(word));
}

/** The KB entity a form names exactly as written (no title stripping), or undefined. */
export function lookupForm(surface: string): KbEntity | undefined {
  return lookupExact(surface);
}

function lookupExact(surface: string): KbEntity | undefined {
  const known = remembered.get(surface);
  if (known !== undefined) return known ?? undefined;
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear();
  const found = lookupUncached(surface);
  remembered.set(surface, found ?? null);
  return found;
}

function lookupUncached(surface: string): KbEntity | undefined {
  return lookupPlain(surface) ?? variantOf(surface, { exact: lookupExact, plain: lookupPlain, adjectiveOf: demonymOf });
}

function lookupPlain(surface: string): KbEntity | undefined {
  const compact = surface.trim().replace(/^the\s+/i, '').replace(/[’']s$/, '').replace(/\./g, '');
  const sensitive = caseSensitive.get(compact);
  if (sensitive) return sensitive;
  const found = byForm.get(normalizeName(surface));
  if (!found) return undefined;
  // An all-lowercase surface ("economist") is a common word unless the form itself is lowercase ("news.com.au").
  if (!/[A-Z]/.test(surface) && /[A-Z]/.test(found.name) && !found.aliases.some((a) => !/[A-Z]/.test(a))) return undefined;
  return found;
}

/** The KB entity a surface form names ("Zelensky", "the Kremlin", "Russia's Defense Ministry", "Izyum region"). */
export function lookupName(surface: string): KbEntity | undefined {
  const direct = lookupExact(surface);
  if (direct) return direct;
  // A title before a name ("Kremlin spokesman Dmitry Peskov"): the longest tail naming a person is the name.
  const words = surface.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const found = /^[A-Z]/.test(words[i]) ? lookupExact(words.slice(i).join(' ')) : undefined;
    if (found?.type === 'person') return found;
  }
  // "Izyum region" for a town names the town; real regions ("Kherson region") are found above.
  const stem = surface.match(/^(.+?)\s+(?:region|oblast|province|district)$/i);
  if (stem) {
    const place = lookupExact(stem[1]);
    if (place?.type === 'place' && place.kind !== 'country') return place;
  }
  return undefined;
}

/** The country a demonym names ("Ukrainian" -> Ukraine, "Russians" -> Russia). */
export function countryOfDemonym(word: string): KbEntity | undefined {
  return demonyms.get(word.trim().toLowerCase());
}

/** The adjective of a country ("Russia" -> "Russian"), to read "Russia's Ministry of Defense" as "Russian Ministry of Defense". */
export function demonymOf(country: string): string | undefined {
  const place = lookupExact(country);
  return place?.kind === 'country' ? adjectives.get(place.key) : undefined;
}

/** The country whose capital this is ("Kyiv" -> Ukraine, "Moscow" -> Russia), for metonymy. */
export function countryOfCapital(name: string): KbEntity | undefined {
  const place = lookupExact(name);
  return place ? capitals.get(place.key) : undefined;
}

/** The KB entity with this stable key ("place:ukraine"). */
export function kbEntityByKey(key: string): KbEntity | undefined {
  return byKey.get(key);
}

/** The "<X> region" entity for a bare name X that is both a city and a region ("Kherson" -> Kherson region). */
export function regionNamed(bare: string): KbEntity | undefined {
  const region = lookupExact(`${bare} region`);
  return region?.kind === 'region' ? region : undefined;
}
