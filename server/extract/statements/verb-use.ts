// Tells a reporting verb used to report speech from the same word as a noun, an adjective, a passive or a negated verb.
import type { Token } from './tokens';
import { ADVERBIAL_OPENERS, FINITE_MARKERS, NOUN_HOMOGRAPHS, REPLIES, SPEECH_VERBS, VERB_MODIFIERS } from './lexicon';
import { senseOf, type Sense } from './speech-verbs';
import { BE, DETERMINERS, DO, HAVE, MODALS, NEGATIONS } from '../language/words';
import { isBareVerb } from '../language/lexicon';

const BE_FORMS = new Set(BE);
const NEGATION_WORDS = new Set(NEGATIONS);
/** Participles that also stand before a noun as adjectives ("alleged war crimes"). */
const ADJECTIVAL = new Set(['alleged', 'purported', 'disputed']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'that']);
const LOOK_BACK = 3;
/** How far back before "and" the infinitive a bare verb joins may stand. */
const INFINITIVE_REACH = 24;
/** Prepositions whose gerund reports nobody's words ("by admitting", "as revealing"); "after saying" still does. */
const GERUND_GOVERNORS = new Set(['by', 'as', 'of', 'for', 'without', 'like', 'than', 'about', 'from', 'in']);

/** The words right before the verb that belong to its verb group ("has not directly", "was"). */
function auxiliariesBefore(tokens: Token[], at: number): Token[] {
  const found: Token[] = [];
  for (let back = at - 1; back >= 0 && at - back <= LOOK_BACK; back--) {
    const token = tokens[back];
    const auxiliary = VERB_MODIFIERS.has(token.lower) || BE_FORMS.has(token.lower) || NEGATION_WORDS.has(token.lower)
      || /n't$/.test(token.lower) || /^[a-z]+ly$/.test(token.text);
    if (token.kind !== 'word' || !auxiliary) break;
    found.push(token);
  }
  return found;
}

/** "are reported to be", "was told": the subject is not who spoke. A progressive ("are warning") stays active. */
function isPassive(tokens: Token[], at: number): boolean {
  return !/ing$/.test(tokens[at].lower) && auxiliariesBefore(tokens, at).some((token) => BE_FORMS.has(token.lower));
}

/** "has not claimed", "never said", "didn't say": no speech is reported. */
function isNegated(tokens: Token[], at: number): boolean {
  return auxiliariesBefore(tokens, at).some((token) => NEGATION_WORDS.has(token.lower) || /n't$/.test(token.lower));
}

/** "alleged war crimes": a participle before a bare noun describes it. */
function isAdjective(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!ADJECTIVAL.has(tokens[at].lower) || next?.kind !== 'word') return false;
  // "In Venezuela, disputed President Maduro": before a name, the participle describes it unless a subject stands before.
  const before = tokens[at - 1];
  if (/^\p{Lu}/u.test(next.text)) return !before || before.kind !== 'word' || DETERMINERS.has(before.lower);
  return /^[a-z]/.test(next.text) && !DETERMINERS.has(next.lower) && !PRONOUNS.has(next.lower) && !ADVERBIAL_OPENERS.has(next.lower);
}

/** The reporting verb at `at` and its sense, when it reports speech here. */
export function speechVerbAt(tokens: Token[], at: number): Sense | undefined {
  const token = tokens[at];
  if (token.kind !== 'word' || !SPEECH_VERBS.has(token.lower) || !/^[a-z]/.test(token.text)) return undefined;
  const sense = senseOf((index) => tokens[index]?.lower, at);
  if (!sense) return undefined;
  const before = tokens[at - 1];
  // "went on to state that": the verb after "to" is what the subject went on doing.
  const wentOn = before?.lower === 'to' && tokens[at - 2]?.lower === 'on' && /^(?:went|goes|go|going|gone)$/.test(tokens[at - 3]?.lower ?? '');
  if ((before?.lower === 'to' && !wentOn) || before?.lower === 'so-called') return undefined;
  // "implicated Putin by admitting ...", "seen as revealing his weakness": whose words these are, the clause does not say.
  const quotedAs = before?.lower === 'as' && tokens[at - 2]?.lower === 'quoted';
  // "responded by saying ...": a reply made by speaking reports the words; "implicated Putin by admitting" does not say whose.
  const replied = before?.lower === 'by' && REPLIES.test(tokens[at - 2]?.lower ?? '');
  if (GERUND_GOVERNORS.has(before?.lower ?? '') && /ing$/.test(token.lower) && !quotedAs && !replied) return undefined;
  if (before && DETERMINERS.has(before.lower)) return undefined;
  // "its annual report", "the political claims", "the Baltic states": after a possessive or an adjective; "Stephane Dujarric
  // says" ends a name, as the capitalized word before it tells.
  const name = /^\p{Lu}/u.test(before?.text ?? '') && /^\p{Lu}/u.test(tokens[at - 2]?.text ?? '');
  // "Some states have viewed ...", "as member states debated": a noun form before an auxiliary or a past verb is a subject.
  const after = tokens[at + 1]?.lower ?? '';
  // "who he says are leading": after a subject pronoun the form is its verb.
  const spoken = PRONOUN_SUBJECTS.has(before?.lower ?? '');
  if (NOUN_HOMOGRAPHS.has(token.lower) && !spoken && (AUXILIARIES.has(after) || /^[a-z]{3,}ed$/.test(after))) return undefined;
  // "the spy report says", "a draft statement said": a noun form right before a reporting verb heads its subject.
  if (NOUN_HOMOGRAPHS.has(token.lower) && SPEECH_VERBS.has(after) && /^[a-z]/.test(tokens[at + 1]?.text ?? '') && !spoken) return undefined;
  // "EU member states understand the need": a plural noun form before a bare verb and its object is that verb's subject.
  const object = tokens[at + 2]?.lower ?? '';
  if (NOUN_HOMOGRAPHS.has(token.lower) && /s$/.test(token.lower) && !spoken && isBareVerb(after) && (DETERMINERS.has(object) || object === 'that')) return undefined;
  // "Arms are flowing and promises remain unfulfilled": after no subject of its own, a plural noun form before a bare verb is that verb's subject.
  // After a comma only when what follows the bare verb cannot be its object ("..., promises remain largely unfulfilled").
  const subjectBefore = !before || /^\p{Lu}/u.test(before.text) || before.kind !== 'word';
  const afterComma = before?.kind === 'comma' && (/^[a-z]+(?:ly|ed)$/.test(object) || FINITE_MARKERS.has(object));
  if (NOUN_HOMOGRAPHS.has(token.lower) && /s$/.test(token.lower) && !spoken && (!subjectBefore || afterComma) && isBareVerb(after)) return undefined;
  if (NOUN_HOMOGRAPHS.has(token.lower) && before && (/['’]s$/.test(before.lower) || /^[a-z]+(?:al|ic)$/.test(before.lower) && !name)) return undefined;
  return isPassive(tokens, at) || isNegated(tokens, at) || isAdjective(tokens, at) || isUnreal(tokens, at, sense) ? undefined : sense;
}

const UNREAL = new Set([...MODALS, "'ll", ...DO]);
const AUXILIARIES = new Set([...BE.slice(0, 4), ...HAVE, ...MODALS]);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);
const DO_FORMS = new Set(DO);

/** "Could she say something?", "he would say that": the bare verb after a modal reports nothing said. */
function isUnreal(tokens: Token[], at: number, sense: Sense): boolean {
  if (tokens[at].lower !== sense.verb.lemma) return false;
  // "Peskov did tell reporters that ...": an emphatic "did" right before the verb, outside a question, reports what was said.
  const emphatic = DO_FORMS.has(tokens[at - 1]?.lower ?? '') && !tokens.slice(at).some((token) => token.text === '?');
  for (let back = at - 1; back >= Math.max(0, at - LOOK_BACK); back--) {
    if (UNREAL.has(tokens[back].lower) && !(emphatic && back === at - 1)) return true;
  }
  return tokens[at - 1]?.lower === 'and' && joinedToInfinitive(tokens, at - 1);
}

/** "wants Ukraine to recognise Crimea, which ..., as part of Russia and acknowledge ...": an infinitive before "and" in its clause. */
function joinedToInfinitive(tokens: Token[], and: number): boolean {
  for (let back = and - 1; back >= Math.max(1, and - INFINITIVE_REACH); back--) {
    const token = tokens[back];
    if (token.kind === 'end' || token.kind === 'quote' || FINITE_MARKERS.has(token.lower)) return false;
    const next = tokens[back + 1];
    // "to recognise", "to discuss"; not "to reporters", "to the".
    const verbLike = next?.kind === 'word' && /^[a-z]+$/.test(next.text) && !DETERMINERS.has(next.lower) && !/(?:ed|ing)$/.test(next.lower)
      && (isBareVerb(next.lower) || !/s$/.test(next.lower));
    if (token.lower === 'to' && verbLike) return true;
  }
  return false;
}

/** Whether the word at `at` is a reporting verb that reports speech here. */
export function isVerbUse(tokens: Token[], at: number): boolean {
  return !!speechVerbAt(tokens, at);
}
