// "X, BelTA learned from Y": a verb whose speaker follows its particle, the subject only passing the words on.
import type { Token } from './tokens';
import type { Frame } from './nominal-frames';
import type { SpeechVerb } from './speech-verbs';
import { subjectLeftOf } from './subject';
import { PREPOSITIONS } from './lexicon';

/** "Belarus is ready ..., BelTA learned from President Lukashenko on Saturday": the one after "from" said the words before. */
export function learnedFrom(tokens: Token[], verbFrom: number, verbTo: number, verb: SpeechVerb, hasName: (from: number, to: number) => boolean): Frame | undefined {
  const left = subjectLeftOf(tokens, verbFrom, hasName);
  let end = verbTo;
  while (end < tokens.length && tokens[end].kind === 'word' && !(end > verbTo && PREPOSITIONS.has(tokens[end].lower))) end++;
  if (left.shape.kind !== 'phrase' || end === verbTo || left.attributionFrom === 0) return undefined;
  return {
    verbFrom, verbTo, subject: { kind: 'phrase', from: verbTo, to: end }, attributionFrom: left.attributionFrom, attributionTo: tokens.length,
    direction: 'trail', contentFrom: 0, contentTo: left.attributionFrom, via: [left.shape.from, left.shape.to], ruleId: 'statement.learned-from', verb,
  };
}
