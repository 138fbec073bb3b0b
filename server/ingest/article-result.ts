// What became of one input article, as the command line, the API and the explorer report it.
import type { Message } from '../extract/types';

export type ArticleStatus = 'loaded' | 'unchanged' | 'replaced' | 'extracted' | 'failed';

export interface ArticleCounts {
  entities: number;
  mentions: number;
  statements: number;
  events: number;
}

export interface ArticleResult {
  /** The input it came from: a file path, "feed.jsonl line 12", "stdin", an upload's file name. */
  origin: string;
  /** extracted: a dry run, nothing written. */
  status: ArticleStatus;
  articleId?: string;
  title?: string | null;
  words?: number;
  counts?: ArticleCounts;
  /** The ids of the stored articles of the same source that this one replaced. */
  replaced?: string[];
  /** Why it failed. */
  reason?: string;
  messages: Message[];
}

/** Warnings worth showing a person in a summary: the input's problems, not every finding's remarks. */
export function inputWarnings(result: ArticleResult): Message[] {
  return result.messages.filter((message) => message.severity === 'warning'
    && (message.ruleId.startsWith('input/') || message.ruleId.startsWith('ingest/')));
}
