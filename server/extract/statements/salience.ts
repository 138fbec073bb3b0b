// Who a sentence is about without saying anything: the subjects later pronouns most likely mean.
import type { AnalysedUnit } from './collector';
import { tokenize, type Token } from './tokens';
import type { ArticleParties, Party, PlacedMention } from './parties';
import { isVerbLike, sentenceSubject, subjectStart } from './opening-subject';
import { GROUP_PRONOUNS, PERSON_PRONOUNS } from './pronouns';
import { subjectMentions } from './subject-mentions';

/** How many tokens from a sentence's start its subject may lie, and how many characters hold them. */
const SUBJECT_WINDOW = 8;
const OPENING_CHARACTERS = 160;

const CLEFT_REACH = 30;

/** "It was during the meeting that Mr Patrushev pushed ...": a cleft sentence's subject follows its "that". */
function cleftSubject(tokens: Token[], opening: number): number {
  if (tokens[opening]?.lower !== 'it' || !['was', 'is'].includes(tokens[opening + 1]?.lower ?? '')) return opening;
  for (let at = opening + 2; at < Math.min(tokens.length, opening + CLEFT_REACH); at++) if (tokens[at].lower === 'that') return at + 1;
  return opening;
}

/**
 * The person a sentence opens with as its subject ("Nebenzya on Monday slammed ...", "Mr Putin's spokesman, Dmitry
 * Peskov, hailed"), whether or not it reports speech; a possessor ("Mr Putin's") or an object after the verb ("He also
 * informed Mr Varadkar") is not the subject.
 */
export function openingPerson(text: string, analysed: AnalysedUnit, parties: ArticleParties): { party: Party; at: number } | undefined {
  const { unit } = analysed;
  const opening = { start: unit.start, end: Math.min(unit.end, unit.start + OPENING_CHARACTERS) };
  // Most sentences name nobody near their start: look at the words only when a person is named there.
  if (!analysed.tokens.length && !parties.within(opening).some((m) => m.entity.type === 'person')) return undefined;
  const tokens = analysed.tokens.length ? analysed.tokens : tokenize(text, opening, unit.quotations);
  // "On Monday, Prigozhin posted a recording": the subject follows an opening time or place phrase.
  const start = subjectStart(tokens, cleftSubject(tokens, analysed.opening));
  const window = tokens.slice(start, start + SUBJECT_WINDOW);
  const verb = window.findIndex((token, at) => at > 0 && isVerbLike(token, window[at - 1]));
  const subject = verb === -1 ? window : window.slice(0, verb);
  if (!subject.length || subject[0].kind === 'quote' || PERSON_PRONOUNS.has(subject[0].lower) || GROUP_PRONOUNS.has(subject[0].lower)) return undefined;
  const possessor = (m: PlacedMention) => /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  const mention = subjectMentions(subject, 0, subject.length, parties).find((m) => m.entity.type === 'person' && !possessor(m));
  return mention && { party: parties.partyOf(mention.entity), at: mention.start };
}

/** "Ukraine has an interest in this. It demands that ...": the body or state the sentence before opens with. */
export function subjectForIt(text: string, before: AnalysedUnit, current: AnalysedUnit, parties: ArticleParties): Party | undefined {
  if (before.frames.length || before.unit.paragraph !== current.unit.paragraph || current.tokens[current.opening]?.text !== 'It') return undefined;
  const tokens = before.tokens.length ? before.tokens : tokenize(text, before.unit, before.unit.quotations);
  const subject = sentenceSubject(tokens, 0, parties);
  return subject && subject.type !== 'person' ? subject : undefined;
}
