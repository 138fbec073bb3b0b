// Finds the subject a sentence opens with, for a reporting verb that shares it ("Tinkov blasted the war, calling on ...").
import type { Token } from './tokens';
import type { ArticleParties, Party, PlacedMention } from './parties';
import { subjectMentions } from './subject-mentions';
import { IRREGULAR_PASTS } from '../language/inflect';
import { SUBJECT_PRONOUNS } from '../language/words';
import { ADVERBIAL_OPENERS, CLAUSE_OPENERS, FINITE_MARKERS, isSpeechVerbWord, PREPOSITIONS, VERB_MODIFIERS } from './lexicon';

const OBJECT_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'all', 'any', 'some', 'this', 'these', 'those']);
/** How many tokens from a sentence's start its subject may lie. */
const SUBJECT_WINDOW = 8;
/** How long an opening adverbial or subordinate clause before the subject may be. */
const OPENING_CLAUSE = 16;
/** Words opening a clause with a subject of its own, unlike "that" or "who" which go on describing the subject. */
const SUBORDINATORS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'if', 'though', 'although', 'whereas', 'until', 'once']);

/** Adverbs of place that open a sentence before its subject ("There, he laid a wreath"). */
const PLACE_ADVERBS = new Set(['there', 'here']);

/** Prepositions that open a sentence with a setting of their own ("Despite the sanctions, the IMF ..."). */
const OPENING_PREPOSITIONS = new Set(['despite', 'amid', 'following', 'unlike', 'besides']);

/** Where the subject starts: past an opening adverbial or subordinate clause ("In the run-up to the summit, the Kremlin ..."). */
export function subjectStart(tokens: Token[], opening: number): number {
  // "There, he laid a wreath", "Meanwhile, Kyiv said": one adverb and its comma open the sentence.
  if (tokens[opening + 1]?.kind === 'comma' && (VERB_MODIFIERS.has(tokens[opening]?.lower ?? '') || PLACE_ADVERBS.has(tokens[opening]?.lower ?? ''))) return opening + 2;
  const comma = tokens.findIndex((token, at) => at > opening && at < opening + OPENING_CLAUSE && token.kind === 'comma');
  const opener = tokens[opening]?.lower ?? '';
  const prepositional = PREPOSITIONS.has(opener) && !SUBORDINATORS.has(opener);
  const inner = prepositional ? subjectAfterPhrase(tokens, opening + 1, comma > 0 ? comma : Math.min(tokens.length, opening + OPENING_CLAUSE)) : -1;
  if (inner >= 0) return inner;
  if ((PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener) || OPENING_PREPOSITIONS.has(opener)) && comma > 0) return comma + 1;
  return CLAUSE_OPENERS.has(opener) ? opening + 1 : opening;
}

/**
 * "In May the United States finally came out in support of ..., but said": when a verb comes before the first comma, no
 * comma closes the opening phrase; the subject is the name (with its article) right before the verb, or -1.
 */
function subjectAfterPhrase(tokens: Token[], from: number, to: number): number {
  let verb = from;
  // A lower-case verb: "In May" holds no modal.
  while (verb < to && !(tokens[verb].kind === 'word' && /^[a-z]/.test(tokens[verb].text) && isVerbLike(tokens[verb], tokens[verb - 1]))) verb++;
  if (verb >= to) return -1;
  let end = verb;
  while (end > from && /^[a-z]{3,}ly$/.test(tokens[end - 1].text)) end--;
  let start = end;
  while (start > from && /^\p{Lu}/u.test(tokens[start - 1].text)) start--;
  if (start === end || start === from) return -1;
  return OBJECT_DETERMINERS.has(tokens[start - 1].lower) && start - 1 > from ? start - 1 : start;
}

/** A word that ends a subject: a past form ("aimed", "took"), an auxiliary or a reporting verb. */
export function isVerbLike(token: Token, previous: Token | undefined): boolean {
  return /^[a-z]+ed$/.test(token.text) || IRREGULAR_PASTS.has(token.text) || FINITE_MARKERS.has(token.lower) || isSpeechVerbWord(token.text, previous?.lower);
}

/** The words a sentence opens with up to its first verb-like word, past an opening adverbial: [start, end). */
export function subjectWords(tokens: Token[], opening: number): [number, number] {
  const start = subjectStart(tokens, opening);
  const window = Math.min(tokens.length, start + SUBJECT_WINDOW);
  let end = start;
  while (end < window && tokens[end].kind === 'word' && !isVerbLike(tokens[end], tokens[end - 1])) end++;
  return [start, end];
}

/** The person, body or state a sentence opens with as its subject, past an opening adverbial, if any. */
export function sentenceSubject(tokens: Token[], opening: number, parties: ArticleParties): Party | undefined {
  const [start, end] = subjectWords(tokens, opening);
  const heads = (mention: PlacedMention) => {
    const next = tokens.find((token) => token.start >= mention.end);
    // After a person, "welcomes" is a verb; after a body, "members" names its people.
    const verbAfterPerson = mention.entity.type === 'person' && /^[a-z]+s$/.test(next?.text ?? '');
    // "Estonia removes a memorial": any party's present-tense verb, told by the object's determiner after it ("Kyiv residents said" is no verb).
    const after = next && tokens[tokens.indexOf(next) + 1];
    const verbBeforeObject = /^[a-z]{3,}s$/.test(next?.text ?? '') && OBJECT_DETERMINERS.has(after?.lower ?? '');
    // "Beijing firmly opposes ...": an adverb in -ly stands between the subject and its verb.
    const adverb = /^[a-z]{3,}ly$/.test(next?.text ?? '');
    return !next || next.kind !== 'word' || next.start >= (tokens[end]?.start ?? Infinity) || next.lower === 'and' || verbAfterPerson || verbBeforeObject || adverb
      || PREPOSITIONS.has(next.lower) || VERB_MODIFIERS.has(next.lower) || ADVERBIAL_OPENERS.has(next.lower);
  };
  const speaks = (mention: PlacedMention) => mention.entity.type !== 'place' || !!parties.stateOf(mention.entity.name)
    || parties.partyOf(mention.entity).key !== mention.entity.key;
  const mention = subjectMentions(tokens, start, end, parties).find((m) => heads(m) && speaks(m));
  return mention && parties.partyOf(mention.entity);
}

/**
 * The subject of the unit's main clause for a reporting verb that shares it ("Tinkov has blasted the war, calling on ...").
 * A participle after a comma goes with the main clause; a verb joined by "and" only when no subordinate clause with a
 * subject of its own ("after Garland visited Kyiv and announced") stands between.
 */
export function openingSubject(tokens: Token[], opening: number, verb: number, parties: ArticleParties): Party | undefined {
  return sharesOpening(tokens, opening, verb) ? sentenceSubject(tokens, opening, parties) : undefined;
}

/**
 * "The comments came a day after Garland visited Ukraine and announced ...": a verb joined by "and" inside a subordinate
 * clause shares that clause's subject, the name right after the subordinator.
 */
export function subordinateSubject(tokens: Token[], opening: number, verb: number, parties: ArticleParties): Party | undefined {
  let at = verb - 1;
  while (at > opening && !(SUBORDINATORS.has(tokens[at].lower) && tokens[at + 1]?.kind === 'word' && !/ing$/.test(tokens[at + 1].lower))) at--;
  if (at <= opening || tokens.slice(at + 1, verb).some((token) => token.kind !== 'word')) return undefined;
  let end = at + 1;
  while (end < verb && !isVerbLike(tokens[end], tokens[end - 1])) end++;
  const mention = subjectMentions(tokens, at + 1, end, parties).find((m) => m.entity.type !== 'place' || !!parties.stateOf(m.entity.name));
  return end < verb && mention ? parties.partyOf(mention.entity) : undefined;
}

function sharesOpening(tokens: Token[], opening: number, verb: number): boolean {
  const start = subjectStart(tokens, opening);
  // "..., accusing Russia of ...", "... — a city with a Russian minority — accusing Russia of ...": after a comma or a dash.
  const participle = /ing$/.test(tokens[verb].lower) && (tokens[verb - 1]?.kind === 'comma' || tokens[verb - 1]?.kind === 'dash');
  // "studied at a seminary before the invasion, but says": "before" with a noun phrase opens no clause of its own.
  const clauseAfter = (at: number) => tokens.slice(at + 2, verb).some((token, index) => isVerbLike(token, tokens[at + 1 + index]));
  const subordinate = (token: Token, at: number) => SUBORDINATORS.has(token.lower) && tokens[at + 1]?.kind === 'word' && !/ing$/.test(tokens[at + 1].lower)
    && clauseAfter(at);
  return participle || !tokens.slice(start, verb).some((token, at) => subordinate(token, start + at));
}

function byAfterParticiple(tokens: Token[], at: number): boolean {
  // `at` may be past the last token when the subject's words run to the end of the sentence.
  return tokens[at]?.lower === 'by' && /^[a-z]+(?:ed|en)$/.test(tokens[at - 1]?.text ?? '');
}

/**
 * The words of the main clause's subject when no named party heads them ("Xi Jinping's government is friendly ... but
 * says"), for the speaker rules to read as a phrase; undefined when the verb does not share the opening subject.
 */
export function openingSubjectWords(tokens: Token[], opening: number, verb: number): [number, number] | undefined {
  const [start, words] = subjectWords(tokens, opening);
  // "The joint statement issued by the Quad foreign ministers did not ..., but stressed": the issuer belongs to the subject.
  let end = words;
  if (byAfterParticiple(tokens, end + 1)) for (end += 2; end < verb && tokens[end].kind === 'word' && !isVerbLike(tokens[end], tokens[end - 1]); end++);
  // A noun phrase without a prepositional phrase: "Addressing the inability of the Council, May said" opens with no subject;
  // one before a comma ("The Latvian foreign minister, X,", "Last November, X") is no subject, nor a pronoun alone.
  const plain = tokens.slice(start, end).every((token, at) => (!PREPOSITIONS.has(token.lower) || byAfterParticiple(tokens, start + at)) && !/ing$/.test(token.lower));
  // "It also documents 75 cases ..., saying ...": a pronoun alone opening the sentence is read too, for a participle after a comma.
  const participle = /ing$/.test(tokens[verb].lower) && tokens[verb - 1]?.kind === 'comma';
  // "In Odesa, he laid a wreath, saying ...": also after an opening phrase closed by a comma.
  const opensSentence = start === opening || tokens[start - 1]?.kind === 'comma';
  if (participle && opensSentence && SUBJECT_PRONOUNS.includes(tokens[start].lower)) end = start + 1;
  const alone = end === start + 1 && SUBJECT_PRONOUNS.includes(tokens[start].lower) && !(participle && opensSentence);
  return end > start && end < verb && plain && !alone && tokens[end].kind === 'word' && sharesOpening(tokens, opening, verb) ? [start, end] : undefined;
}
