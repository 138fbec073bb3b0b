// Finds the statement an event is asserted in, so the event carries who claims it.
import type { Span, Statement } from '../types';

/** The statement whose quoted words hold the span, if any. */
export function statementHolding(span: Span, statements: Statement[]): Statement | undefined {
  return statements.find((statement) => statement.quoteSpans.some((q) => q.start <= span.start && span.end <= q.end));
}
