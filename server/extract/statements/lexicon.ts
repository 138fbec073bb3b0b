// Words the statement rules recognise: speech verbs, reporting adverbials, clause cutters and generic speakers.

import { SPEECH, type SpeechVerb } from './speech-verbs';
import { BE, COORDINATORS, DETERMINERS, DO, HAVE, MODALS, MONTHS, PREPOSITIONS, RELATIVE_DAYS, WEEKDAYS } from '../language/words';

/** Every form of every reporting verb (kb/speech-verbs.json). */
export const SPEECH_VERBS: ReadonlySet<string> = SPEECH.verbs;
/** Light verbs that report a claim together with a noun ("offered the possibility that"). */
export const LIGHT_VERBS: ReadonlyMap<string, SpeechVerb> = SPEECH.lightVerbs;
export const CLAIM_NOUNS: ReadonlySet<string> = SPEECH.claimNouns;
const REPORTING_WORDS = new Set([...SPEECH.verbs, ...SPEECH.lightVerbs.keys(), 'according', 'words']);
const QUOTE_MARK = /["“”„«‘]/;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const SHORTEST = Math.min(...[...REPORTING_WORDS].map((word) => word.length));
const LONGEST = Math.max(...[...REPORTING_WORDS].map((word) => word.length));

/** Cheap test for a sentence that may hold a statement: a reporting word or a double quotation mark. */
export function mayReport(text: string): boolean {
  if (QUOTE_MARK.test(text)) return true;
  for (let at = 0; at < text.length;) {
    if (!isLetter(text.charCodeAt(at))) { at++; continue; }
    let end = at + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    // Words shorter or longer than any reporting word need no look-up.
    if (end - at >= SHORTEST && end - at <= LONGEST) {
      const word = text.slice(at, end);
      if (REPORTING_WORDS.has(word) || (text.charCodeAt(at) < 97 && REPORTING_WORDS.has(word.toLowerCase()))) return true;
    }
    at = end;
  }
  return false;
}
/** Verbs that can only report speech when something is quoted or a clause follows; as nouns they are frequent. */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = SPEECH.nouns;

/** Words before a noun: after them a form such as "report" or "claims" is the noun. */
export const NOUN_DETERMINERS: ReadonlySet<string> = DETERMINERS;

/** A lowercase reporting verb, not the noun spelled the same after a determiner ("the report said"). */
export function isSpeechVerbWord(word: string, previous: string | undefined): boolean {
  return SPEECH.verbs.has(word) && /^[a-z]/.test(word) && !(SPEECH.nouns.has(word) && NOUN_DETERMINERS.has(previous ?? ''));
}

/** Words that can stand between a subject and its verb without changing who speaks. */
export const VERB_MODIFIERS: ReadonlySet<string> = new Set([
  'also', 'recently', 'meanwhile', 'later', 'earlier', 'publicly', 'falsely', 'repeatedly', 'reportedly', 'previously', 'again',
  'then', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'once', 'already', 'separately',
  'further', 'now', 'still', 'himself', 'herself', 'itself', 'themselves', 'not', 'never', 'first', 'both', 'too', 'subsequently',
  'privately', 'openly', 'frequently', 'often', 'initially', 'finally', 'just', 'officially', 'however', 'likewise', 'similarly',
  'nevertheless', 'therefore', 'instead',
]);

/** Words after which a new clause starts, so that a subject is looked for only to their right. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as', 'while', 'where', 'when', 'after', 'because', 'since', 'if', 'though', 'although', 'whereas', 'yet', 'once', 'before',
  'until', 'even', 'however', 'meanwhile', 'whom', 'that', 'so', 'what',
]);

/** Words joining two verbs of one subject ("claims ..., and noted that"): openers only right before the verb. */
export { COORDINATORS, PREPOSITIONS };

/** Words that open an adverbial between a reporting verb and its content ("said on Tuesday that", "said in a statement"). */
export const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'during', 'to', 'with', 'without', 'via', 'through', 'from', 'by', 'for', 'late', 'early', 'earlier', 'later', 'last', 'this',
  'publicly', 'privately', 'separately', 'also', 'again', 'repeatedly', 'recently', 'previously', 'reportedly', 'then', 'now', 'instead',
  'before', 'after', 'afterwards', 'when', 'while', 'amid', 'as', 'referring', 'citing', 'speaking', 'writing', 'according',
  ...RELATIVE_DAYS, ...WEEKDAYS, ...MONTHS,
]);

/** Finite verbs and auxiliaries that show a reporting verb is followed by a clause rather than a noun phrase. */
export const FINITE_MARKERS: ReadonlySet<string> = new Set([
  ...BE.slice(0, 4), ...HAVE, ...MODALS, ...DO,
  "won't", "wouldn't", "isn't", "wasn't", "weren't", "aren't", "hasn't", "hadn't", "don't", "doesn't", "didn't",
]);

/** Nouns of unnamed speakers who stand for their state or body ("a Ukrainian official", "Russian officials"). */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'side', 'government', 'authorities',
  'military', 'army', 'forces', 'leadership', 'administration', 'diplomat', 'diplomats', 'source', 'sources', 'representative',
  'representatives', 'envoy', 'ministry', 'command', 'officer', 'officers', 'commander', 'commanders', 'statement', 'officialdom',
]);

/** Unnamed people who stand for a body or state, whom a later "the official" or "the officials" refers back to. */
export const UNNAMED_PEOPLE: ReadonlySet<string> = new Set([
  'official', 'officials', 'authorities', 'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'diplomat', 'diplomats',
  'source', 'sources', 'representative', 'representatives', 'officer', 'officers',
]);

/** Generic groups whose words are not a statement of anyone in particular ("analysts said", "experts have claimed"). */
export const GENERIC_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'analysts', 'experts', 'observers', 'commentators', 'critics', 'residents', 'witnesses', 'people', 'reports', 'report',
  'evidence', 'data', 'images', 'footage', 'video', 'videos', 'media', 'agencies', 'outlets', 'bloggers', 'sources', 'many', 'some',
  'others', 'researchers', 'scholars', 'historians', 'economists', 'locals', 'survivors', 'soldiers', 'troops', 'allies', 'leaders',
  'string', 'number', 'majority', 'polls', 'poll', 'survey', 'surveys', 'studies', 'study', 'figures', 'documents', 'document',
  'photos', 'satellite', 'intelligence', 'assessment', 'assessments', 'estimates', 'record', 'records', 'statistics',
  'participants', 'members', 'delegates', 'signatories',
]);

/** Verbs of replying whose "by saying ..." reports the reply ("responded by saying the Kremlin was ready"). */
export const REPLIES = /^(?:respond|repl(?:y|i)|react|answer)(?:s|ed|ing)?$/;
