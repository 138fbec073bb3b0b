// Where reported words end at the speaker's next deed ("... and warned of ..."), and where a verb joined by "and" goes on in them.
import type { Token } from './tokens';
import { SPEECH_VERBS } from './lexicon';

const MODALS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'should', 'must', 'to']);
const TENSED = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are']);
const PERFECT = new Set(['had', 'has', 'have']);
/** Past forms that go on with the speaker's next deed ("would be allowed but didn't say"). */
const PAST_DEEDS = /^(?:[a-z]+ed|didn't|did|gave|went|took|made|left|spoke|met|held|sent)$/;
/** Verbs that only a speaker does ("expressed support", "voiced concern"), never the reported words' own subject in a report. */
const EXPRESSING = new Set(['expressed', 'voiced']);

/**
 * "could happen at any time, but pushed back", "not to panic and pushed back": a past-tense verb cannot go on a
 * modal or infinitive clause, so it starts the reporter's account of what the speaker did next.
 */
export function isNextDeed(tokens: Token[], from: number, at: number): boolean {
  const next = tokens[at + 1];
  if (!['and', 'but'].includes(tokens[at].lower) || next?.kind !== 'word' || !PAST_DEEDS.test(next.lower) || !/^[a-z]/.test(next.text)) return false;
  // "said it had opened a case ... and declared him a “foreign agent”": a participle after "and" shares the words' perfect.
  if (/ed$/.test(next.lower) && perfectBefore(tokens, from, at) && !reportsClause(tokens, at + 2)) return false;
  // "accused the US of waging a proxy war and warned of ...": a reporting verb after "and" is the speaker's next act, and so is
  // a verb of expressing ("said it was witnessing ... and expressed support for ...").
  if (SPEECH_VERBS.has(next.lower) || EXPRESSING.has(next.lower)) return true;
  for (let back = at - 1; back >= from; back--) {
    if (TENSED.has(tokens[back].lower)) return false;
    if (MODALS.has(tokens[back].lower)) return true;
  }
  return false;
}

/** Where the speaker's next deed ends the words in tokens [from, to) ("... and expressed concern at ..."), or `to`. */
export function nextDeedAt(tokens: Token[], from: number, to: number): number {
  for (let at = from + 1; at < to; at++) if (tokens[at].kind === 'word' && isNextDeed(tokens, from, at)) return at;
  return to;
}

/** "... and noted that ...", "... and added: “...”": what follows a verb when it reports a clause of its own. */
export function reportsClause(tokens: Token[], after: number): boolean {
  const next = tokens[after];
  return next?.lower === 'that' || next?.kind === 'colon' || next?.kind === 'quote';
}

/** Whether the words from `from` to `at` hold a perfect auxiliary ("it had opened ..."). */
export function perfectBefore(tokens: Token[], from: number, at: number): boolean {
  for (let back = at - 1; back >= from; back--) if (PERFECT.has(tokens[back].lower)) return true;
  return false;
}
