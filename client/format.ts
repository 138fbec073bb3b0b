// Formats for the page: counts in words, article references and provenance for the details panel, dates as analysts
// read them, the quote located in its sentence.

import type { ArticleRef, NodeDetails } from '../server/contract';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 node", "2 nodes", "1,200 entities": a count with its noun in the number it takes. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? noun : plural}`;
}

/** "2022-10-05" → "5 Oct 2022"; anything else is shown as given, since a wrong date is worse than a raw one. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  return monthName ? `${Number(day)} ${monthName} ${year}` : iso;
}

/** "NBC News · 5 Oct 2022", leaving out whatever the article lacks. */
export function sourceLine(article: ArticleRef): string {
  const parts = [article.outlet, formatDate(article.date)].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : 'Unknown outlet and date';
}

export interface SentenceParts {
  before: string;
  quote: string;
  after: string;
}

/**
 * Splits the source sentence around the statement so the panel can mark it. Offsets are into the article;
 * when they do not fall inside the sentence (a quote spanning sentences), the quote is simply not marked.
 */
export function splitSentence(provenance: NonNullable<NodeDetails['provenance']>): SentenceParts {
  const { sentence, sentenceStart, start, end } = provenance;
  const from = start - sentenceStart;
  const to = end - sentenceStart;
  if (from < 0 || to > sentence.length || from >= to) return { before: sentence, quote: '', after: '' };
  return { before: sentence.slice(0, from), quote: sentence.slice(from, to), after: sentence.slice(to) };
}
