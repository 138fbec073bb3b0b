// Groups sentences into units a statement can live in: a quotation running over sentence ends keeps its sentences together.
import type { Sentence, Span } from '../types';
import type { Quotation } from './quotations';
import { lastStartingAtOrBefore } from '../spans';

export interface Unit extends Span {
  /** Index of the paragraph the unit starts in. */
  paragraph: number;
  quotations: Quotation[];
}

function paragraphIndex(paragraphs: Span[], at: number): number {
  return Math.max(0, lastStartingAtOrBefore(paragraphs, at));
}

/**
 * Sentence boundaries that fall inside a quotation are dropped, so the quotation and its attribution share a unit;
 * a boundary that only leaves the closing mark behind moves past the mark instead.
 */
export function buildUnits(text: string, sentences: Sentence[], quotations: Quotation[], paragraphs: Span[]): Unit[] {
  const spans: Span[] = [];
  let q = 0;
  for (const sentence of sentences) {
    const last = spans[spans.length - 1];
    while (q < quotations.length && quotations[q].end <= sentence.start) q++;
    const straddling = quotations.slice(q).find((quotation) => quotation.start < sentence.start && quotation.end > sentence.start);
    if (last && straddling && last.end >= straddling.start) {
      const rest = text.slice(sentence.start, straddling.end);
      if (/^[\s\p{P}]*$/u.test(rest) && straddling.end < sentence.end) {
        last.end = straddling.end;
        spans.push({ start: straddling.end, end: sentence.end });
      } else {
        last.end = Math.max(last.end, sentence.end);
      }
      continue;
    }
    spans.push({ start: sentence.start, end: sentence.end });
  }
  return spans.filter((span) => text.slice(span.start, span.end).trim()).map((span) => {
    const inside = quotations.filter((quotation) => quotation.start >= span.start && quotation.end <= span.end);
    return { ...span, paragraph: paragraphIndex(paragraphs, span.start), quotations: inside };
  });
}
