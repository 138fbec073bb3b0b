// Decides whether a bare name that is both a city and a region ("Kherson") means the region in this article.
import { countryOfCapital, lookupForm, lookupName, regionNamed } from '../kb/index';
import type { RawMention } from './segment';
import { lists } from './lists';

const PLURAL_REGIONS = /^\s+(?:regions|oblasts|provinces)\b/;
const PLURAL_REPUBLICS = /^\s+[‘'"“]?People[’']s Republics[’'"”]?/;
const REGIONS_OF = /\b(?:regions|oblasts|provinces) of\s*$/;
const CITY_CUE = /\b(?:city|town|port|centre|center|capital) of\s*$/i;
// "the capital Kyiv", "the Ukrainian capital, Kyiv": a city named right after the word.
const CAPITAL_BEFORE = /\b(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?capital,?\s*$/u;
// "Kherson, the only regional capital city that Russia has captured": an apposition calling the name a city.
const CITY_APPOSITION = /^\s*,\s*(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,4}(?:city|town|port|capital)\b/u;

function isAmbiguous(m: RawMention): boolean {
  return m.kb?.kind === 'city' && !m.tail && regionNamed(m.kb.name) !== undefined;
}

function isRegion(m: RawMention): boolean {
  return m.kb?.kind === 'region';
}

/** Applies plural heads to every name of a list ("Donetsk and Luhansk People's Republics"); returns spans the head used. */
function distribute(text: string, group: RawMention[]): { start: number; end: number } | undefined {
  const last = group[group.length - 1];
  const after = text.slice(last.end, last.end + 40);
  const republics = after.match(PLURAL_REPUBLICS);
  if (republics) {
    for (const m of group) m.kb = lookupForm(`${m.bare} People's Republic`) ?? m.kb;
    return { start: last.end, end: last.end + republics[0].length };
  }
  if (PLURAL_REGIONS.test(after) || REGIONS_OF.test(text.slice(Math.max(0, group[0].start - 20), group[0].start))) {
    for (const m of group) {
      const region = m.kb?.type === 'place' ? lookupName(`${m.bare} region`) : undefined;
      if (region) m.kb = region;
    }
  }
  return undefined;
}

export function resolveRegions(text: string, mentions: RawMention[]): RawMention[] {
  const groups = lists(text, mentions);
  const consumed: { start: number; end: number }[] = [];
  for (const group of groups) {
    const head = distribute(text, group);
    if (head) consumed.push(head);
  }
  for (const group of groups) {
    if (group.some(isRegion)) for (const m of group) if (isAmbiguous(m)) m.kb = regionNamed(m.kb!.name);
  }
  const regions = new Set(mentions.filter(isRegion).map((m) => m.kb!.name));
  const cities = new Set(mentions.filter((m) => m.kb?.kind === 'city'
    && (m.tail === 'city' || CITY_CUE.test(text.slice(Math.max(0, m.start - 30), m.start)) || CAPITAL_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) || CITY_APPOSITION.test(text.slice(m.end, m.end + 60))))
    .map((m) => m.kb!.name));
  // A state's capital named bare is the city ("pushed Russian forces back from Kyiv"), though the article names its region.
  for (const m of mentions) {
    if (isAmbiguous(m) && regions.has(`${m.kb!.name} region`) && !cities.has(m.kb!.name) && !countryOfCapital(m.kb!.name)) m.kb = regionNamed(m.kb!.name);
  }
  return mentions.filter((m) => !consumed.some((c) => m.start >= c.start && m.end <= c.end));
}
