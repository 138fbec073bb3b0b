// Shows an ingest's progress on stderr: a redrawn bar on a terminal, plain lines every few seconds otherwise.
import type { ArticleResult } from '../article-result';
import type { Tally } from './tally';

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_REDRAW_MS = 100;
const LINE_EVERY_MS = 2_000;

export class Progress {
  private lastDrawn = 0;
  private barShown = false;

  constructor(private readonly out: ProgressOutput, private readonly tally: Tally, private readonly total: number | undefined) {}

  /** Failures are printed at once, above the bar; the bar or line is refreshed at most every so often. */
  update(result: ArticleResult): void {
    if (result.status === 'failed') this.print(`ingest: failed: ${result.origin}: ${result.reason}`);
    const now = Date.now();
    const every = this.out.isTTY ? BAR_REDRAW_MS : LINE_EVERY_MS;
    if (now - this.lastDrawn < every && this.tally.done !== this.total) return;
    this.lastDrawn = now;
    if (this.out.isTTY) this.drawBar();
    else this.out.write(`ingest: ${this.status()}\n`);
  }

  /** Leaves the terminal clean for the summary. */
  finish(): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    this.barShown = false;
  }

  private print(line: string): void {
    if (this.barShown) this.out.write('\r\x1b[2K');
    this.out.write(`${line}\n`);
    if (this.barShown) this.drawBar();
  }

  private drawBar(): void {
    const status = this.status();
    const width = Math.max(10, Math.min(40, (this.out.columns ?? 80) - status.length - 4));
    const share = this.total ? Math.min(1, this.tally.done / this.total) : 0;
    const filled = Math.round(share * width);
    const bar = this.total ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
    this.out.write(`\r\x1b[2K${bar}${status}`);
    this.barShown = true;
  }

  private status(): string {
    const seconds = Math.max((Date.now() - this.tally.started) / 1000, 0.001);
    const rate = this.tally.done / seconds;
    const parts = [
      this.total === undefined ? `${this.tally.done} articles` : `${this.tally.done}/${this.total} articles`,
      `${rate.toFixed(1)} articles/s`,
      `${Math.round(this.tally.words / seconds)} words/s`,
    ];
    if (this.total !== undefined && rate > 0) parts.push(`ETA ${duration((this.total - this.tally.done) / rate)}`);
    if (this.tally.failed > 0) parts.push(`${this.tally.failed} failed`);
    return parts.join(' · ');
  }
}

function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return whole >= 60 ? `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`;
}
