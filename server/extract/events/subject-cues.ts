// Cues that bound the search for who did it: reporting verbs, infinitives, the subject of an auxiliary, "I" and "we" in quotations.
import type { ArticleContext } from './context';
import type { FoundActor } from './actors';
import { isPreposition } from './phrases';
import { allForms } from '../language/inflect';
import { BE, HAVE, MODALS } from '../language/words';
import { SPEECH as SPEECH_VERBS } from '../statements/speech-verbs';
import type { SentenceView, Token } from './view';
import { actingState, asActor, groupOf } from './world';

const SPEECH_WORDS = new Set(['according', 'believe', 'believes', 'think', 'thinks']);
/**
 * A reporting verb of kb/speech-verbs.json that reports a clause (not its noun spellings, "claims", "reports"), or
 * "according", "believes"; the subject of a reported clause comes after it.
 */
export function isSpeech(word: string): boolean {
  if (SPEECH_WORDS.has(word)) return true;
  // "continued to conduct attacks", "made the decision": a verb that reports only closing a quotation ("he continued") or
  // with its particle ("made it clear") opens no clause.
  return !SPEECH_VERBS.nouns.has(word) && !!SPEECH_VERBS.records.get(word)?.some((verb) => !verb.particle && (!verb.reports || verb.reports === 'clause' || verb.reports === 'that'));
}

/** "to invade Ukraine and target Kyiv": a word after "to" is an infinitive, whatever verb it is, and the name its object. */
export function isInfinitive(view: SentenceView, token: Token | undefined): boolean {
  if (!token || token.ref || !/^[a-z]+$/.test(token.lower)) return false;
  return view.tokens[view.tokens.indexOf(token) - 1]?.lower === 'to';
}

export const FIRST_PERSON = new Set(['i', 'we']);

/** "I" or "we" inside quoted words: the speaker, or for "we" the speaker's group or state; nobody outside a quotation. */
export function firstPerson(context: ArticleContext, token: Token, index: number): FoundActor | undefined {
  const speaker = context.speakerAt(token.start);
  if (!speaker) return undefined;
  // "“We are entering Rostov,” Prigozhin said": a member's "we" is the group, else the state they act for.
  const party = token.lower === 'we' && speaker.type === 'person' ? groupOf(speaker) ?? actingState(speaker) ?? speaker : asActor(speaker) ?? speaker;
  return { party, index, claims: false };
}

/** "denied withdrawing from X": a gerund right after a reporting verb has the verb's subject. */
export function gerundOf(view: SentenceView, verb: number, from: number): boolean {
  return verb === from - 1 && /ing$/.test(view.tokens[from]?.lower ?? '') && !isPreposition(view.tokens[from]);
}

const AUXILIARIES = new Set([...BE, ...HAVE, ...MODALS]);
/** An adverb that may stand between a subject, its auxiliaries and the verb ("has also", "was reportedly", "later struck"). */
export const VERB_ADVERB = /^[a-z]+ly$|^(?:also|still|already|now|just|not|then|later|again|soon)$/;
export const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/** The last word of the subject when an auxiliary stands right before the verb at `from` ("the premier was visiting"); else -1. */
export function subjectOfAuxiliary(view: SentenceView, from: number): number {
  let i = from - 1;
  while (i >= 0 && VERB_ADVERB.test(view.tokens[i].lower)) i--;
  if (!AUXILIARIES.has(view.tokens[i]?.lower ?? '')) return -1;
  while (i >= 0 && (AUXILIARIES.has(view.tokens[i].lower) || VERB_ADVERB.test(view.tokens[i].lower))) i--;
  // "claims to have taken": an infinitive has no subject of its own.
  return view.tokens[i]?.lower === 'to' ? -1 : i;
}

// Verbs whose object does what the infinitive after it says, and did it ("forced Russian forces to retreat from X").
const FORCING_VERBS = new Set(['force', 'compel'].flatMap((lemma) => allForms(lemma)));

/** "Ukrainian troops forced Russian forces to retreat from X": the index of the object that did the deed at `trigger`, or -1. */
export function forcedDoer(view: SentenceView, trigger: number): number {
  const doer = trigger - 2;
  return view.tokens[trigger - 1]?.lower === 'to' && !!view.tokens[doer]?.ref && FORCING_VERBS.has(view.tokens[doer - 1]?.lower ?? '') ? doer : -1;
}

const MEANS_VERBS = new Set(allForms('use'));
const MEANS_REACH = 8;

/**
 * "Russia used Iranian drones to strike Kyiv": the verb of using before an infinitive's "to", whose subject is the
 * one who struck and whose object is only the means; its index, or -1.
 */
export function meansVerbBefore(view: SentenceView, trigger: number): number {
  if (view.tokens[trigger - 1]?.lower !== 'to') return -1;
  for (let i = trigger - 2; i >= Math.max(0, trigger - MEANS_REACH); i--) {
    const form = view.tokens[i].lower;
    if (MEANS_VERBS.has(form)) return i;
    if ([',', ';', ':', 'to', 'and', 'that'].includes(form)) return -1;
  }
  return -1;
}
