// The stance a claiming statement takes toward an event it carries: asserts, denies, doubts, or reports another party's claim.
import type { Span, Stance, Statement } from '../types';
import type { Candidate } from './interpret';

/** Words by which a speaker passes on someone else's claim ("Kyiv said Moscow claimed to have taken X"). */
const CLAIM_CUES = /\b(?:claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|edly)|according to|purported(?:ly)?|reportedly)\b/i;

/** Whether a statement's own verb takes the claims it carries back: "Russia denied withdrawing", "doubted that". */
export function disputes(statement: Statement | undefined): statement is Statement & { stance: 'denies' | 'doubts' } {
  return statement?.stance === 'denies' || statement?.stance === 'doubts';
}

/** The stance of `statement` toward the event told at `span` inside its words. */
export function stanceToward(text: string, statement: Statement, span: Span, candidate: Candidate): Stance {
  if (disputes(statement)) return statement.stance;
  const quote = statement.quoteSpans.find((q) => q.start <= span.start && span.end <= q.end) ?? statement;
  const claimant = candidate.actor?.claims ? (candidate.actor.claimant ?? candidate.actor.party).key : undefined;
  if ((claimant && claimant !== statement.speakerKey) || CLAIM_CUES.test(text.slice(quote.start, span.start))) return 'reports';
  return 'asserts';
}
