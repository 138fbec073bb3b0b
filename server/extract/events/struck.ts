// What is struck when a thing or a piece of a place is hit: "a TV tower in Kharkiv", "the outskirts of Kharkiv".
import { DETERMINERS, MAX_MODIFIERS, parseTargets, STOP_WORDS, type TargetList } from './phrases';
import type { SentenceView, Token } from './view';
import { PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS } from '../language/words';

const FACILITIES = new Set(('tower towers plant plants station stations substation substations building buildings block '
  + 'blocks facility facilities infrastructure depot depots warehouse warehouses bridge bridges airport airfield base bases '
  + 'hospital hospitals school schools market mall centre center centres centers dam refinery factory factories terminal '
  + 'target targets site sites position positions installation installations barracks headquarters grid grids port ports '
  + 'refineries railway railways pipeline pipelines dams airbase airbases shipyard shipyards').split(' '));
// Where the thing struck lies: "a TV tower in Kharkiv", "targets across Ukraine", "training centres on Sunday in Lviv region".
const LOCATING = new Set(['in', 'near', 'across', 'throughout', 'around', 'outside']);
const AREAS = new Set(['in', 'inside', 'across', 'throughout']);
const DAY_WORDS = new Set([...WEEKDAYS, ...RELATIVE_DAYS, ...PARTS_OF_DAY, 'early', 'late', 'last', 'on']);

/** The token after a time phrase ("on Sunday", "early on Tuesday", "overnight") starting at `at`, or `at`. */
function skipTime(tokens: Token[], at: number): number {
  let i = at;
  while (DAY_WORDS.has(tokens[i]?.lower ?? '') && i < at + 4) i++;
  return i > at && tokens[i - 1].lower !== 'on' && tokens[i - 1].lower !== 'early' ? i : at;
}

const PARTICIPLE_WORDS = 4;

/** "a train station used for evacuations in X": the token after a short participle phrase describing the thing struck, or `at`. */
function skipParticiple(tokens: Token[], at: number): number {
  if (!/^[a-z]{2,}(?:ed|ing)$/.test(tokens[at]?.lower ?? '')) return at;
  for (let i = at + 1; i <= at + PARTICIPLE_WORDS && i < tokens.length; i++) {
    if (LOCATING.has(tokens[i].lower)) return i;
    if (tokens[i].ref || !/^[a-z0-9-]+$/.test(tokens[i].lower)) return at;
  }
  return at;
}

// Objects of "strike" and "hit" that are no things struck ("struck a deal in Istanbul", "hit a record high in Moscow").
const NOT_STRUCK = new Set(('deal deals agreement agreements bargain compromise blow chord note tone balance record high low '
  + 'nerve pose snag wall jackpot stride').split(' '));

/** "bombed a theatre in Mariupol": any plain noun after a determiner, right before "in" or "near", is a thing in that place. */
function isThingLocated(tokens: Token[], at: number, i: number): boolean {
  const token = tokens[i];
  return DETERMINERS.has(tokens[at]?.lower ?? '') && i > at && !token.ref && /^[a-z]{3,}$/.test(token.lower)
    && !STOP_WORDS.has(token.lower) && !NOT_STRUCK.has(token.lower) && !/(?:ly|ing)$/.test(token.lower)
    && (tokens[i + 1]?.lower === 'in' || tokens[i + 1]?.lower === 'near');
}

/** A body or force named as a modifier of what is struck ("Ukrainian army training centres"), not a place. */
function isBodyModifier(token: Token): boolean {
  return token.ref?.kind === 'force' || token.ref?.kind === 'entity' && token.ref.party?.type === 'organization';
}

const PIECES = new Set(['outskirts', 'suburbs', 'part', 'parts', 'area', 'areas', 'districts', 'centre', 'center', 'neighbourhoods',
  'neighborhoods']);
const SETTLEMENT_CLASSES = new Set(['settlements', 'villages', 'towns', 'cities', 'communities', 'localities']);
// Those who live in a place stand for it when struck ("an operation against the residents of X").
const DWELLERS = new Set(['residents', 'people', 'population', 'inhabitants', 'civilians', 'citizens']);
// A plural place word before "including" or "such as" ("several cities including Kyiv") names its examples after.
const PLACE_CLASSES = new Set(['cities', 'towns', 'villages', 'regions', 'places', 'areas', 'settlements', 'targets']);

const PLACING = new Set(['in', 'within', 'inside', 'across', 'near', 'on']);
const PLACING_REACH = 4;

/**
 * Where the examples of a class of places or things begin: "targets, including", "cities such as", also past a short phrase
 * placing the class ("targets within its territory, including an oil depot in X"); the token after the opener, or -1.
 */
function examplesOpening(tokens: Token[], at: number): number {
  let i = at;
  if (PLACING.has(tokens[i]?.lower ?? '')) {
    const comma = tokens.slice(i, i + PLACING_REACH + 1).findIndex((t) => t.lower === ',');
    if (comma < 0) return -1;
    i += comma;
  }
  if (tokens[i]?.lower === ',') i++;
  if (tokens[i]?.lower === 'including') return i + 1;
  return tokens[i]?.lower === 'such' && tokens[i + 1]?.lower === 'as' ? i + 2 : -1;
}

/** "Ukraine's energy infrastructure", "Kyiv's power plants": the facility a place named as possessor owns; its index, or -1. */
function ownedFacility(tokens: Token[], at: number): number {
  if (tokens[at + 1]?.lower !== '\'s' || tokens[at].ref?.party?.type !== 'place') return -1;
  for (let i = at + 2; i < Math.min(tokens.length, at + 2 + MAX_MODIFIERS); i++) {
    if (FACILITIES.has(tokens[i].lower)) return i;
    if (tokens[i].ref || STOP_WORDS.has(tokens[i].lower) || !/^[a-z0-9-]+$/.test(tokens[i].lower)) return -1;
  }
  return -1;
}

/**
 * What is struck may be a thing or a piece of a place: "a TV tower in Kharkiv", "energy facilities near Lviv",
 * "the outskirts of Kharkiv" give that place (a piece taken is no capture, but a piece struck is the place attacked).
 */
export function parseStruckPlace(view: SentenceView, at: number): TargetList | undefined {
  const tokens = view.tokens;
  // "Russia is striking inside Ukraine", "struck deep inside Russia": the area the strikes fell in.
  const area = tokens[at]?.lower === 'deep' ? at + 1 : at;
  if (AREAS.has(tokens[area]?.lower ?? '')) return parseTargets(view, area + 1, true);
  let i = DETERMINERS.has(tokens[at]?.lower ?? '') ? at + 1 : at;
  for (const stop = i + MAX_MODIFIERS; i < stop && i < tokens.length; i++) {
    const token = tokens[i];
    const located = FACILITIES.has(token.lower) ? skipParticiple(tokens, skipTime(tokens, i + 1)) : i + 1;
    if (FACILITIES.has(token.lower) && LOCATING.has(tokens[located]?.lower ?? '')) {
      // "targets in the region, including a bridge near X": a class placed where no name is gives its examples below.
      const placed = parseTargets(view, located + 1, true);
      if (placed || !PLACE_CLASSES.has(token.lower)) return placed;
    }
    if (isThingLocated(tokens, at, i)) return parseTargets(view, i + 2, true);
    const link = tokens[i + 1]?.lower ?? '';
    // "shelled areas in Kharkiv region", "struck several settlements near Sumy": the places the pieces lie in.
    if ((PIECES.has(token.lower) || SETTLEMENT_CLASSES.has(token.lower)) && LOCATING.has(link)) return parseTargets(view, i + 2, true);
    if (PIECES.has(token.lower) && link === 'of'
      || DWELLERS.has(token.lower) && (link === 'of' || link === 'in')) {
      return parseTargets(view, i + 2, true);
    }
    if (PLACE_CLASSES.has(token.lower)) {
      const examples = examplesOpening(tokens, i + 1);
      if (examples >= 0) return parseTargets(view, examples, true) ?? parseStruckPlace(view, examples);
    }
    const owned = token.ref ? ownedFacility(tokens, i) : -1;
    if (owned >= 0) return { items: [{ ref: token.ref!, asRegion: false, first: i, last: i }], end: owned + 1 };
    // "a children's hospital in X": a common noun's possessive belongs to the thing's name.
    const commonPossessive = token.lower === "'s" && !tokens[i - 1]?.ref && i > at;
    if (commonPossessive) continue;
    if (token.ref ? token.ref.kind !== 'demonym' && !isBodyModifier(token) : STOP_WORDS.has(token.lower) || !/^[a-z0-9-]+$/.test(token.lower)) {
      return undefined;
    }
  }
  return undefined;
}

