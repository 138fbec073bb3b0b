// Counts what an ingest did as results arrive, and writes the summary: as text for a person, as JSON for a script.
import { inputWarnings, type ArticleResult, type ArticleStatus } from '../article-result';

export interface IngestSummary {
  loaded: number;
  unchanged: number;
  replaced: number;
  extracted: number;
  failed: number;
  done: number;
  words: number;
  seconds: number;
  articlesPerSecond: number;
  wordsPerSecond: number;
  failures: { origin: string; reason: string }[];
  warnings: { origin: string; reason: string }[];
  articles: { origin: string; status: ArticleStatus; articleId?: string; replaced?: string[] }[];
}

export class Tally {
  readonly started = Date.now();
  private readonly counts: Record<ArticleStatus, number> = { loaded: 0, unchanged: 0, replaced: 0, extracted: 0, failed: 0 };
  private readonly failures: IngestSummary['failures'] = [];
  private readonly warnings: IngestSummary['warnings'] = [];
  private readonly articles: IngestSummary['articles'] = [];
  done = 0;
  words = 0;

  add(result: ArticleResult): void {
    this.counts[result.status]++;
    this.done++;
    this.words += result.words ?? 0;
    if (result.status === 'failed') this.failures.push({ origin: result.origin, reason: result.reason ?? 'unknown reason' });
    for (const warning of inputWarnings(result)) this.warnings.push({ origin: result.origin, reason: warning.reason });
    this.articles.push({
      origin: result.origin, status: result.status,
      ...(result.articleId ? { articleId: result.articleId } : {}), ...(result.replaced ? { replaced: result.replaced } : {}),
    });
  }

  get failed(): number {
    return this.counts.failed;
  }

  summary(): IngestSummary {
    const seconds = (Date.now() - this.started) / 1000;
    return {
      ...this.counts, done: this.done, words: this.words, seconds: round(seconds, 2),
      articlesPerSecond: round(this.done / Math.max(seconds, 0.001), 1), wordsPerSecond: Math.round(this.words / Math.max(seconds, 0.001)),
      failures: this.failures, warnings: this.warnings, articles: this.articles,
    };
  }
}

export function summaryText(summary: IngestSummary, dryRun: boolean): string {
  const lines = [
    `ingest: ${summary.done} article(s) in ${summary.seconds.toFixed(1)} s (${summary.articlesPerSecond} articles/s, ${summary.wordsPerSecond} words/s)`
      + (dryRun ? ', dry run: nothing written' : ''),
  ];
  const row = (label: string, count: number) => lines.push(`  ${label.padEnd(10)} ${String(count).padStart(7)}`);
  if (dryRun) row('extracted', summary.extracted);
  else {
    row('loaded', summary.loaded);
    row('unchanged', summary.unchanged);
    row('replaced', summary.replaced);
  }
  row('failed', summary.failed);
  for (const failure of summary.failures) lines.push(`    ${failure.origin}: ${failure.reason}`);
  if (summary.warnings.length > 0) {
    row('warnings', summary.warnings.length);
    for (const warning of summary.warnings) lines.push(`    ${warning.origin}: ${warning.reason}`);
  }
  return lines.join('\n');
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
