// Cuts an article's text into plain runs and marked facts, so the panel can highlight every fact and make it clickable.

import type { ArticleFact } from '../../server/contract';

export interface TextRun {
  text: string;
  /** The fact this run is, when it is one. */
  fact?: ArticleFact;
}

/** Facts in reading order; one that overlaps a fact already marked is left unmarked (it is still listed by the panel). */
export function highlightRuns(text: string, facts: ArticleFact[]): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const fact of [...facts].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (fact.start < at || fact.end > text.length || fact.start >= fact.end) continue;
    if (fact.start > at) runs.push({ text: text.slice(at, fact.start) });
    runs.push({ text: text.slice(fact.start, fact.end), fact });
    at = fact.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
