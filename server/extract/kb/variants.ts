// Other ways of writing a known name: "Donetsk province", "Kharkiv City", "Republic of Belarus", "Ministry of Defense of Ukraine".
import type { KbEntity } from './index';

/** The KB's own lookups, passed in so that variants are tried on the same tables. */
export interface Lookups {
  /** Any form, variants included (cached). */
  exact: (surface: string) => KbEntity | undefined;
  /** The form as written, no variants. */
  plain: (surface: string) => KbEntity | undefined;
  /** A country's adjective ("Ukraine" -> "Ukrainian"). */
  adjectiveOf: (country: string) => string | undefined;
}

/** Other ways of writing a place's name: "Donetsk province" / "Donetsk oblast" for the region, "Kharkiv City" for the city. */
const REGION_WORDS = /^(.+?)\s+(?:province|oblast|Province)$/i;
const CITY_WORD = /^(.+?)\s+City$/;
/** "Republic of Belarus", "Kingdom of Spain": the state's formal name. */
const STATE_OF = /^(?:the\s+)?(?:Republic|Kingdom|Principality|Grand Duchy|State|Commonwealth) of\s+(.+)$/i;

/** "Belarusian Ministry of Foreign Affairs" and "Ministry of Foreign Affairs of Belarus" are the Belarusian Foreign Ministry. */
const MINISTRY_OF = /^(?:(\S+) )?Ministry of (?:the )?(.+?)(?: of (?:the )?(.+))?$/;

/** The field a ministry's usual name gives: "Foreign Affairs" is "Foreign" (the Foreign Ministry), "Internal Affairs" "Interior". */
export function ministryFieldName(field: string): string {
  return field.replace(/^(Foreign|Internal) Affairs$/, (_, f: string) => (f === 'Foreign' ? 'Foreign' : 'Interior'));
}

function ministryVariant(surface: string, kb: Lookups): KbEntity | undefined {
  const m = MINISTRY_OF.exec(surface.trim());
  if (!m || (m[1] === undefined) === (m[3] === undefined)) return undefined;
  const adjective = m[1] ?? kb.adjectiveOf(m[3]);
  const field = ministryFieldName(m[2]);
  const found = adjective ? kb.exact(`${adjective} ${field} Ministry`) : undefined;
  return found?.type === 'organization' ? found : undefined;
}

/** British and American spellings of one name ("Ministry of Defense" / "Ministry of Defence"). */
function otherSpelling(surface: string): string | undefined {
  const swapped = surface.replace(/\b(Defen)([cs])e\b/gi, (_, stem: string, c: string) => `${stem}${c === 'c' ? 's' : 'c'}e`);
  return swapped === surface ? undefined : swapped;
}

/** The entity another way of writing its name stands for, if the KB knows the usual form. */
export function variantOf(surface: string, kb: Lookups): KbEntity | undefined {
  const ministry = ministryVariant(surface, kb);
  if (ministry) return ministry;
  const spelled = otherSpelling(surface);
  const respelled = spelled ? kb.plain(spelled) ?? ministryVariant(spelled, kb) : undefined;
  if (respelled) return respelled;
  const region = REGION_WORDS.exec(surface.trim());
  if (region) {
    const found = kb.exact(`${region[1]} region`);
    if (found?.kind === 'region') return found;
  }
  const state = STATE_OF.exec(surface.trim());
  if (state) {
    const found = kb.exact(state[1]);
    if (found?.kind === 'country') return found;
  }
  const city = CITY_WORD.exec(surface.trim());
  if (city) {
    const found = kb.exact(city[1]);
    if (found?.kind === 'city') return found;
  }
  return undefined;
}
