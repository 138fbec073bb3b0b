// English function words, calendar words and pronouns, declared once for every stage (lower case unless said otherwise).

const set = (...lists: readonly string[][]): ReadonlySet<string> => new Set(lists.flat());

/** Day names in the order of `Date.getUTCDay()`: Sunday first. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Written short forms of months ("Feb.", "Sept."). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Days named from today ("yesterday", "overnight"). */
export const RELATIVE_DAYS = ['yesterday', 'today', 'tonight', 'overnight'];
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];
/** Nouns of a stretch of time ("last week", "this spring"). */
export const TIME_NOUNS = ['week', 'weekend', 'month', 'year', 'spring', 'summer', 'autumn', 'fall', 'winter', 'time'];

/** A capitalized month or day name, as a pattern ("Jan(?:uary)?" style forms are the dates modules' own). */
export const CALENDAR_WORDS = set(WEEKDAYS, MONTHS);

export const ARTICLES = ['the', 'a', 'an'];
export const POSSESSIVE_DETERMINERS = ['his', 'her', 'its', 'their', 'our', 'my', 'your'];
export const DEMONSTRATIVES = ['this', 'that', 'these', 'those'];
/** Words that open a noun phrase naming one thing already known ("the talks", "those meetings"). */
export const DEFINITE_DETERMINERS = ['the', ...DEMONSTRATIVES];
/** Words that open a noun phrase: after them "report" or "claims" is a noun. */
export const DETERMINERS = set(ARTICLES, POSSESSIVE_DETERMINERS.slice(0, 5), DEMONSTRATIVES, ['any', 'such', 'no']);

export const MALE_PRONOUNS = ['he', 'him'];
export const FEMALE_PRONOUNS = ['she', 'her'];
/** Pronouns that can be the subject of a clause. */
export const SUBJECT_PRONOUNS = ['he', 'she', 'it', 'they', 'we', 'i', 'you'];
export const PLURAL_PRONOUNS = ['they', 'them', 'their'];

export const BE = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];
export const HAVE = ['has', 'have', 'had'];
export const MODALS = ['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall'];
export const DO = ['did', 'does', 'do'];
export const NEGATIONS = ['not', 'never'];
export const COORDINATORS = set(['and', 'but', 'or']);
export const RELATIVE_PRONOUNS = ['which', 'who', 'whom', 'whose'];
/** Verbs of aspect whose -ing object is a deed of their own subject ("began withdrawing", "kept shelling"): lemmas. */
export const ASPECT_LEMMAS = ['begin', 'start', 'continue', 'keep', 'resume', 'finish', 'complete'];
/** Phrases of company that name those who went along with someone ("alongside", "together with", "accompanied by"), as word lists. */
export const COMPANY_MARKERS: readonly (readonly string[])[] = [['alongside'], ['together', 'with'], ['accompanied', 'by'], ['along', 'with']];
/** Words that open a clause of time, cause or concession ("after", "while", "because"). */
export const SUBORDINATORS = ['as', 'while', 'when', 'after', 'before', 'because', 'since', 'if', 'though', 'although', 'whereas', 'until'];

/** Prepositions that head a phrase before a noun. */
export const PREPOSITIONS = set([
  'of', 'at', 'in', 'for', 'to', 'from', 'with', 'by', 'on', 'about', 'over', 'under', 'near', 'into', 'across', 'against',
  'among', 'between', 'behind', 'during', 'inside', 'outside', 'through', 'toward', 'towards', 'within', 'without', 'via', 'like',
]);

/** A word list as a regular-expression alternation. */
export function alternation(words: readonly string[]): string {
  return words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** A US legislator's party and state after the name ("R-S.C.", "D-Ariz."): a label, not a word of the sentence. */
export const PARTY_AND_STATE = /^[RDI]-\p{Lu}[\p{L}.]*$/u;
