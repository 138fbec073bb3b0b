// Finds the place a verb is about when it stands before the verb: the subject of a passive, the phrase a clause describes.
import { isNameRef, isPreposition, parseEndingBefore } from './phrases';
import { parseStruckPlace } from './struck';
import type { TargetItem } from './phrases';
import type { SentenceView } from './view';

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'already', 'also',
  'now', 'reportedly', 'since', 'recently', 'later', 'previously', 'subsequently', 'either', 'all', 'largely', 'fully',
  'partly', 'newly', 'first']);
const RELATIVES = new Set(['which', 'that']);
const ARTICLES = new Set(['a', 'an', 'the']);
const APPOSITION_REACH = 6;
const RELATIVE_REACH = 16;
const GAP_REACH = 14;

/** The place a passive participle is said of: "X was captured by", "X, captured by", "X, which ... was shelled by". */
export function passiveSubject(view: SentenceView, participle: number): TargetItem[] {
  let i = participle - 1;
  while (i >= 0 && (AUXILIARIES.has(view.tokens[i].lower) || /^[a-z]+ly$/.test(view.tokens[i].lower))) i--;
  if (view.tokens[i]?.lower === ',') {
    const apposed = apposedBefore(view, i);
    return apposed.length ? apposed : parseEndingBefore(view, i)?.items ?? [];
  }
  if (i >= 0 && isNameRef(view.tokens[i]) || ['region', 'regions', 'area', 'city'].includes(view.tokens[i]?.lower ?? '')) {
    const subject = parseEndingBefore(view, i + 1);
    // "with the capital Kyiv enduring the heaviest barrage": an absolute clause after "with" has its own subject.
    const opener = subject ? view.tokens[subject.items[0].first - 1] : undefined;
    if (subject && (!isPreposition(opener) || opener?.lower === 'with' && /ing$/.test(view.tokens[participle].lower))) return subject.items;
  }
  for (let j = participle - 1; j >= Math.max(0, participle - RELATIVE_REACH); j--) {
    if ([';', ':'].includes(view.tokens[j].lower)) break;
    // "Izyum, a town recently liberated by": the phrase the apposition describes.
    if (view.tokens[j].lower === ',' && ARTICLES.has(view.tokens[j + 1]?.lower ?? '') && j >= participle - APPOSITION_REACH) {
      return parseEndingBefore(view, j)?.items ?? [];
    }
    if (!RELATIVES.has(view.tokens[j].lower)) continue;
    const comma = view.tokens[j - 1]?.lower === ',';
    const before = parseEndingBefore(view, comma ? j - 1 : j);
    // Without a comma, "which" may belong to a larger phrase ("two towns close to Kyiv which were shelled").
    if (!before || !comma && isPreposition(view.tokens[before.items[0].first - 1])) return [];
    return comma ? appositiveHead(view, before.items[0].first) ?? before.items : before.items;
  }
  return [];
}

const APPOSITIVE_WORDS = 10;

/**
 * "Kharkiv, Ukraine's second city, was shelled", "Mariupol, a port on the Sea of Azov, was captured": the name before an
 * appositive (opened by an article or a possessor) that ends at the comma `close`.
 */
function apposedBefore(view: SentenceView, close: number): TargetItem[] {
  for (let k = close - 1; k >= Math.max(1, close - APPOSITIVE_WORDS); k--) {
    const form = view.tokens[k].lower;
    if ([';', ':', '(', ')'].includes(form) || RELATIVES.has(form)) return [];
    if (form !== ',') continue;
    const opener = view.tokens[k + 1];
    const described = ARTICLES.has(opener?.lower ?? '') || !!opener?.ref && view.tokens[k + 2]?.lower === '\'s';
    return described && isNameRef(view.tokens[k - 1]) ? parseEndingBefore(view, k)?.items ?? [] : [];
  }
  return [];
}

/**
 * "Bucha, a suburb of the Ukrainian capital Kyiv, which was occupied": a relative clause after an appositive set off
 * by commas is said of the name the appositive describes, not of the last name inside it.
 */
function appositiveHead(view: SentenceView, phraseStart: number): TargetItem[] | undefined {
  for (let k = phraseStart - 1; k >= Math.max(0, phraseStart - APPOSITION_REACH); k--) {
    const form = view.tokens[k].lower;
    if ([';', ':', '(', ')'].includes(form) || RELATIVES.has(form)) return undefined;
    if (form === ',') return ARTICLES.has(view.tokens[k + 1]?.lower ?? '') ? parseEndingBefore(view, k)?.items : undefined;
  }
  return undefined;
}

/**
 * "Kherson, the only city Russia had captured", "Kharkiv, which it struck": the object of a verb with none after it is the
 * phrase the clause describes; `relativeOnly` reads only a clause opened by "which" or "that", and `throughPieces` also
 * takes the place of a thing named there ("Ukraine's energy infrastructure, which it targets").
 */
export function antecedent(view: SentenceView, actorIndex: number, relativeOnly = false, throughPieces = false): TargetItem[] {
  for (let j = actorIndex - 1; j >= Math.max(0, actorIndex - GAP_REACH) && !relativeOnly; j--) {
    const form = view.tokens[j].lower;
    if ([';', ':', '(', ')'].includes(form)) break;
    if (form === ',' && ARTICLES.has(view.tokens[j + 1]?.lower ?? '')) return parseEndingBefore(view, j)?.items ?? [];
  }
  if (RELATIVES.has(view.tokens[actorIndex - 1]?.lower ?? '')) {
    const at = view.tokens[actorIndex - 2]?.lower === ',' ? actorIndex - 2 : actorIndex - 1;
    return parseEndingBefore(view, at)?.items ?? (throughPieces ? struckEndingBefore(view, at) : []);
  }
  return [];
}

const STRUCK_REACH = 8;

/** "Ukraine's energy infrastructure, which it targets": the place of a thing struck, told just before token `before`. */
function struckEndingBefore(view: SentenceView, before: number): TargetItem[] {
  for (let start = Math.max(0, before - STRUCK_REACH); start < before; start++) {
    const list = parseStruckPlace(view, start);
    if (list && list.end === before) return list.items;
  }
  return [];
}

const WHERE_REACH = 14;
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/**
 * "a bridge in Irpin where Russian forces bombed civilians", "Horenka is where he was killed in a Russian attack": a deed told
 * in a clause opened by "where" happened at the place before it.
 */
export function placeOfWhere(view: SentenceView, trigger: number): TargetItem[] {
  for (let j = trigger - 1; j >= Math.max(1, trigger - WHERE_REACH); j--) {
    const form = view.tokens[j].lower;
    if ([';', ':', '(', ')', '.'].includes(form)) return [];
    if (form !== 'where') continue;
    const end = COPULAS.has(view.tokens[j - 1].lower) ? j - 1 : view.tokens[j - 1].lower === ',' ? j - 1 : j;
    const before = parseEndingBefore(view, end);
    if (before) return before.items;
    // "a bridge in Irpin where": the place the thing stands in.
    const place = view.tokens[end - 1];
    return isNameRef(place) && view.tokens[end - 2]?.lower === 'in' ? parseEndingBefore(view, end)?.items ?? [] : [];
  }
  return [];
}
