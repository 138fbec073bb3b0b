// Progress on stderr: a redrawn bar on a terminal, plain lines otherwise, failures printed as they happen.
import { expect } from 'chai';
import { Progress } from '../../../server/ingest/cli/progress';
import { Tally } from '../../../server/ingest/cli/tally';
import type { ArticleResult } from '../../../server/ingest/article-result';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, columns: 100, write: (text: string) => written.push(text) } };
}

const loaded = (origin: string): ArticleResult => ({ origin, status: 'loaded', words: 100, messages: [] });

describe('ingest/cli/progress', () => {
  it('When not on a terminal, then it writes plain lines with done/total, rates and ETA, and each failure with its reason', () => {
    const { written, stream } = output(false);
    const tally = new Tally();
    const progress = new Progress(stream, tally, 2);
    for (const result of [loaded('a.txt'), { origin: 'b.txt', status: 'failed', reason: 'empty: no text to extract', messages: [] } as ArticleResult]) {
      tally.add(result);
      progress.update(result);
    }
    expect(written[0]).to.match(/^ingest: 1\/2 articles · [\d.]+ articles\/s · \d+ words\/s · ETA \d+s\n$/);
    expect(written[1]).to.equal('ingest: failed: b.txt: empty: no text to extract\n');
    expect(written[2]).to.match(/^ingest: 2\/2 articles · .* · 1 failed\n$/);
    expect(written.join('')).not.to.include('\r');
  });

  it('When on a terminal, then it redraws one bar in place, prints failures above it, and clears it at the end', () => {
    const { written, stream } = output(true);
    const tally = new Tally();
    const progress = new Progress(stream, tally, 4);
    const failure: ArticleResult = { origin: 'c.html', status: 'failed', reason: 'no article text found in the page', messages: [] };
    for (const result of [loaded('a.txt'), failure]) {
      tally.add(result);
      progress.update(result);
    }
    progress.finish();
    expect(written[0]).to.match(/^\r\x1b\[2K\[#+\.+\] 1\/4 articles · [\d.]+ articles\/s · \d+ words\/s · ETA \d+s$/);
    expect(written.slice(1, 3)).to.deep.equal(['\r\x1b[2K', 'ingest: failed: c.html: no article text found in the page\n']);
    expect(written[3]).to.match(/^\r\x1b\[2K\[#+\.+\] 2\/4 articles/);
    const filled = (line: string) => {
      const bar = /\[([#.]+)\]/.exec(line)![1];
      return bar.replace(/\./g, '').length / bar.length;
    };
    expect([filled(written[0]), filled(written[3])].map((share) => Math.round(share * 4))).to.deep.equal([1, 2]);
    expect(written[written.length - 1]).to.equal('\r\x1b[2K');
  });
});
