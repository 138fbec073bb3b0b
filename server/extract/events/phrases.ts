// Reads the noun phrases around a trigger: coordinated targets ("Donetsk, Luhansk and Kherson regions"), passive subjects, antecedents.
import type { Ref } from './refs';
import { PREPOSITIONS } from '../language/words';
import type { SentenceView, Token } from './view';
import { opensClause, skipLocation } from './list-joints';
import { DETERMINERS, PLACE_WORDS, STOP_WORDS } from './place-words';

export { DETERMINERS, STOP_WORDS };

export interface TargetItem {
  ref: Ref;
  /** The phrase named "regions" / "region" after the name: the name is meant as a region. */
  asRegion: boolean;
  /** Named after "regions of" ("the regions of Chernihiv, Zhytomyr and Lviv"): every place listed with it is a region. */
  listsRegions?: boolean;
  /** The known place it is said to lie in ("Starychi district in Lviv"), which tells the country of an unknown place. */
  within?: Ref;
  first: number;
  last: number;
}

export interface TargetList {
  items: TargetItem[];
  /** Index of the first token after the list. */
  end: number;
}

const SETTLEMENT_CLASSES = new Set(['cities', 'towns', 'villages', 'settlements']);
const REGION_CLASSES = new Set(['regions', 'oblasts', 'provinces']);
const REGION_TAILS = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces']);
const OTHER_TAILS = new Set(['area', 'areas', 'city', 'district', 'districts', 'direction', 'front', 'axis', 'sector']);
const SETTLEMENTS = new Set(['port', 'city', 'town', 'village', 'settlement', 'hub', 'district']);
const PARTITIVES = new Set(['part', 'parts', 'much', 'most', 'half', 'swathes', 'swaths', 'rest', 'areas', 'territory',
  'territories', 'portion', 'portions', 'pieces', 'chunk', 'chunks', 'bits', 'some', 'all', 'cities', 'towns', 'villages',
  'settlements', 'outskirts', 'suburbs', 'dream', 'idea', 'bank', 'banks']);
// Participles that stay adjectives before a place ("the neighbouring region"); other -ing words are verbs.
const ING_ADJECTIVES = new Set(['neighbouring', 'neighboring', 'surrounding', 'remaining', 'ongoing', 'embattled', 'leading']);
const SEPARATORS = new Set([',', 'and', 'or']);
const APPOSED_HEADS = new Set(['city', 'town', 'village', 'port', 'capital', 'settlement', 'hub', 'stronghold', 'region',
  'province', 'oblast', 'district']);
const NAMING = new Set(['known', 'called', 'dubbed', 'named']);
export const MAX_MODIFIERS = 5;
const NAMING_REACH = 12;

export function isNameRef(token: Token | undefined): boolean {
  return !!token?.ref && (token.ref.kind === 'entity' || token.ref.kind === 'anaphor');
}

function isModifier(token: Token, strict: boolean, next: Token | undefined): boolean {
  if (token.ref?.kind === 'demonym') return true;
  if (token.ref || !/^[a-z0-9$][a-z0-9$.,'-]*$/.test(token.lower)) return false;
  // An -ing word is a verb unless it is a known adjective or a noun modifier before a place word ("the coal mining city").
  if (/ing$/.test(token.lower) && !ING_ADJECTIVES.has(token.lower) && !PLACE_WORDS.has(next?.lower ?? '')) return false;
  // "the small cities of Bucha and Irpin": a plural place word names the places after "of".
  const naming = SETTLEMENT_CLASSES.has(token.lower) || REGION_CLASSES.has(token.lower);
  return strict ? PLACE_WORDS.has(token.lower) || (naming && next?.lower === 'of') : !STOP_WORDS.has(token.lower);
}

function skipParenthesis(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== '(') return at;
  for (let i = at + 1; i < tokens.length && i < at + 12; i++) if (tokens[i].lower === ')') return i + 1;
  return at;
}

/** One noun phrase naming a place: "the eastern city of Lysychansk", "Kharkiv city's Kholodnogirskiy district". */
function parseItem(tokens: Token[], at: number, strict: boolean): TargetItem | undefined {
  let i = at;
  if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
  let modifiers = 0;
  let regionOfNext = false;
  let listsRegions = false;
  while (i < tokens.length) {
    const token = tokens[i];
    if (isNameRef(token)) {
      // A possessor ("Kharkiv city's district") is not the head: read on.
      const next = OTHER_TAILS.has(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (tokens[next]?.lower === '\'s' && i + 1 < tokens.length) { i = next + 1; continue; }
      // "the Black Sea port of Odesa", "the central Ukraine region of Vinnytsia": the first name only describes the second.
      const describer = SETTLEMENTS.has(tokens[i + 1]?.lower ?? '') || token.ref?.party?.kind === 'country'
        && REGION_TAILS.has(tokens[i + 1]?.lower ?? '');
      if (describer && tokens[i + 2]?.lower === 'of' && isNameRef(tokens[i + 3])) {
        if (!SETTLEMENTS.has(tokens[i + 1].lower)) regionOfNext = true;
        i += 3;
        continue;
      }
      let last = i;
      const tail = tokens[i + 1]?.lower ?? '';
      if (REGION_TAILS.has(tail) || OTHER_TAILS.has(tail)) last = i + 1;
      const within = tokens[last + 1]?.lower === 'in' && isNameRef(tokens[last + 2]) ? tokens[last + 2].ref : undefined;
      return { ref: token.ref!, asRegion: regionOfNext || REGION_TAILS.has(tail), listsRegions, within, first: at, last };
    }
    if (token.lower === 'of' && modifiers > 0) {
      const before = tokens[i - 1].lower;
      // "part of Donbas", "regions of Ukraine" name a piece, not the place; "regions of Luhansk" is Luhansk region.
      // "the cities of Bucha and Irpin" names them; "cities of Ukraine" is a piece of the country.
      const naming = SETTLEMENT_CLASSES.has(before) && tokens[i + 1]?.ref?.party?.kind !== 'country';
      if (PARTITIVES.has(before) && !naming) return undefined;
      if (before === 'regions' && tokens[i + 1]?.ref?.party?.kind === 'country') return undefined;
      if (before === 'regions' || before === 'region') regionOfNext = true;
      if (before === 'regions') listsRegions = true;
      i++;
      if (DETERMINERS.has(tokens[i]?.lower ?? '')) i++;
      continue;
    }
    // "Ukraine's second largest city, Kharkiv": a place word set off by a comma is named by the name after it.
    if (token.lower === ',' && modifiers > 0 && APPOSED_HEADS.has(tokens[i - 1].lower) && isNameRef(tokens[i + 1])) {
      i++;
      continue;
    }
    if (modifiers >= MAX_MODIFIERS || !isModifier(token, strict, tokens[i + 1])) return undefined;
    modifiers++;
    i++;
  }
  return undefined;
}

function afterItem(tokens: Token[], item: TargetItem, strict: boolean): number {
  let end = skipParenthesis(tokens, item.last + 1);
  // A complement naming the wider place ("the Kharkiv region of Ukraine") belongs to the phrase, not the list.
  if (tokens[end]?.lower === 'of') {
    const wider = parseItem(tokens, end + 1, strict);
    if (wider) end = skipParenthesis(tokens, wider.last + 1);
  }
  return end;
}

/** Coordinated phrases from token `at`, not reading past token `limit`; names after the first take place words only. */
// Prepositions placing an action near or in a place; compass words before "of" do so too ("northwest of X").
const SPATIAL = new Set(['near', 'around', 'outside', 'in', 'inside', 'towards', 'toward']);
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/** Whether the series opening at `at` places an action by a preposition ("near X", "northwest of X"). */
function placedByPreposition(tokens: Token[], at: number): boolean {
  return SPATIAL.has(tokens[at - 1]?.lower ?? '') || COMPASS.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'of';
}

const AS_WELL_AS = ['as', 'well', 'as'];

function isAsWellAs(tokens: Token[], at: number): boolean {
  return AS_WELL_AS.every((word, i) => tokens[at + i]?.lower === word);
}

function parseSeries(tokens: Token[], at: number, strict: boolean, limit = tokens.length): TargetList | undefined {
  const first = parseItem(tokens, at, strict);
  if (!first) return undefined;
  // "ground attacks northwest of Svatove and near Kreminna": a series placed by prepositions may repeat one per item.
  const placed = placedByPreposition(tokens, at);
  const items = [first];
  let end = afterItem(tokens, first, strict);
  // A series joined by commas alone is no series ("Kherson, Moscow did not give up"): it needs a final "and" or "or".
  let joined = { items: 1, end };
  for (;;) {
    const from = skipLocation(tokens, end, limit);
    let next = from;
    while (SEPARATORS.has(tokens[next]?.lower ?? '') && next < from + 2 && next < limit) next++;
    // "recaptured Izium as well as Balakliia": "as well as" joins like "and".
    const asWellAs = next === from && isAsWellAs(tokens, from);
    if (asWellAs) next = from + AS_WELL_AS.length;
    if (next === from || next >= limit) break;
    const conjunction = asWellAs || tokens.slice(from, next).some((t) => t.lower !== ',');
    const lead = placed && SPATIAL.has(tokens[next]?.lower ?? '') && next + 1 < limit ? 1 : 0;
    const item = parseItem(tokens, next + lead, true);
    // "Kharkiv, Odesa and Kyiv were hit": a plural verb at the limit ends the phrase read before it; a singular one
    // ("seized Bakhmut and Avdiivka was shelled") has the last name alone for subject.
    const endsPhrase = item && item.last + 1 === limit && !SINGULAR_VERBS.has(tokens[limit]?.lower ?? '');
    if (!item || !endsPhrase && opensClause(tokens[item.last + 1])) break;
    items.push(item);
    end = afterItem(tokens, item, strict);
    if (conjunction) joined = { items: items.length, end };
  }
  items.length = joined.items;
  end = joined.end;
  // "Donetsk, Luhansk and Kherson regions", "the regions of Chernihiv and Lviv": the plural makes every bare name a region.
  if (tokens[items[items.length - 1].last]?.lower.endsWith('s') && items[items.length - 1].asRegion || items[0].listsRegions) {
    for (const item of items) item.asRegion = true;
  }
  return { items, end };
}

const CLASS_NOUNS = new Set(['regions', 'oblasts', 'provinces', 'cities', 'towns', 'villages', 'settlements', 'territories']);
const LIST_OPENERS = new Set([':', '-', '–', '—', 'including', 'namely']);
const MAX_CLASS_WORDS = 4;

/**
 * "four regions: Donetsk, Luhansk, Kherson and Zaporizhzhia", "four Ukrainian regions - A, B, C and D": a plural place word
 * opening a list names each place listed, as regions when the word says so.
 */
function classList(tokens: Token[], at: number): TargetList | undefined {
  for (let i = at; i < Math.min(tokens.length, at + MAX_CLASS_WORDS); i++) {
    const token = tokens[i];
    if (CLASS_NOUNS.has(token.lower)) {
      // "four regions of Ukraine: A, B, C and D": the country holding them comes before the list.
      const holder = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.ref?.party?.kind === 'country' ? i + 3 : i + 1;
      const opener = tokens[holder]?.lower === ',' ? holder + 1 : holder;
      if (!LIST_OPENERS.has(tokens[opener]?.lower ?? '')) return undefined;
      const list = parseSeries(tokens, opener + 1, true);
      if (!list || list.items.length < 2) return undefined;
      if (REGION_TAILS.has(token.lower)) for (const item of list.items) item.asRegion = true;
      return list;
    }
    if (token.ref ? token.ref.kind !== 'demonym' : !/^[a-z0-9-]+$/.test(token.lower) || STOP_WORDS.has(token.lower)) return undefined;
  }
  return undefined;
}

/** The places a trigger applies to, starting at token `at`; "two areas, known as A and B" gives A and B. */
export function parseTargets(view: SentenceView, at: number, strict = false): TargetList | undefined {
  const tokens = view.tokens;
  const listed = classList(tokens, at);
  if (listed) return listed;
  for (let i = at; i < Math.min(tokens.length, at + NAMING_REACH); i++) {
    if (['.', ';', ':'].includes(tokens[i].lower)) break;
    if (NAMING.has(tokens[i].lower) && tokens[i - 1]?.lower === ',' && tokens[i + 1]?.lower === 'as') {
      const named = parseSeries(tokens, i + 2, false);
      if (named) return named;
    }
  }
  return parseSeries(tokens, at, strict) ?? namedExamples(tokens, at);
}

const SINGULAR_VERBS = new Set(['is', 'was', 'has']);
const EXAMPLES_REACH = 10;
const EXAMPLE_LINKS = new Set(['of', 'near', 'around', 'outside', 'in']);
const EXAMPLE_CLASSES = new Set(['cities', 'towns', 'villages', 'settlements', 'regions', 'areas', 'territories', 'places']);

/** "the right bank of the Dnipro, including Kherson city": a piece or class of places gives the places it is said to include. */
function namedExamples(tokens: Token[], at: number): TargetList | undefined {
  for (let i = at; i < Math.min(tokens.length, at + EXAMPLES_REACH); i++) {
    const token = tokens[i];
    if (token.lower === 'including' && tokens[i - 1]?.lower === ',') return parseSeries(tokens, i + 1, true);
    // "liberated Ukrainian cities like Izium", "towns such as Bucha": a plural place word names its examples.
    if (EXAMPLE_CLASSES.has(tokens[i - 1]?.lower ?? '') && i > at) {
      if (token.lower === 'like' || token.lower === 'including') return parseSeries(tokens, i + 1, true);
      if (token.lower === 'such' && tokens[i + 1]?.lower === 'as') return parseSeries(tokens, i + 2, true);
    }
    // "several villages near Bakhmut, including A and B": a phrase placing the class may stand before its examples.
    if (!token.ref && token.lower !== ',' && (STOP_WORDS.has(token.lower) && !EXAMPLE_LINKS.has(token.lower) || !/^[a-z0-9'-]+$/.test(token.lower))) return undefined;
  }
  return undefined;
}

/** The phrase that ends just before token `before` (a passive verb, a comma, "which"), when it is a plain named place. */
export function parseEndingBefore(view: SentenceView, before: number): TargetList | undefined {
  const tokens = view.tokens;
  for (let start = Math.max(0, before - 14); start < before; start++) {
    const list = parseSeries(tokens, start, false, before);
    if (list && list.end === before) return list;
  }
  return undefined;
}

/** Prepositions heading a phrase; "since", "after", "before" are left out as they also open clauses. */
const PHRASE_PREPOSITIONS = new Set([...PREPOSITIONS, ...'onto nearby along around amid beyond throughout'.split(' ')].filter((word) => word !== 'like'));

/** A preposition heading a phrase; "since", "after", "before" are left out as they also open clauses ("since Russia seized"). */
export function isPreposition(token: Token | undefined): boolean {
  return !!token && !token.ref && PHRASE_PREPOSITIONS.has(token.lower);
}
