// Property tests: on random and mangled text the extraction terminates, never throws, and keeps every offset inside the text.
import { expect } from 'chai';
import fc from 'fast-check';
import { extract } from '../../server/extract/pipeline';
import type { Extraction, Span } from '../../server/extract/types';
import { MAX_SENTENCE_LENGTH } from '../../server/extract/text/sentences';
import { seedArticles } from '../support/seed-articles';

function spansOf(x: Extraction): Span[] {
  return [
    ...x.furniture, ...x.sentences,
    ...x.entities.flatMap((e) => e.mentions),
    ...x.statements.flatMap((s) => [s, ...s.quoteSpans]),
    ...x.events,
    ...x.messages.flatMap((m) => (m.place ? [m.place] : [])),
  ];
}

function expectOffsetsInside(text: string): void {
  const x = extract(text);
  expect(x.length).to.equal(text.length);
  // The pipeline turns a crashing stage into a warning; here a crash is a bug, so it must not happen.
  const failed = x.messages.filter((m) => m.ruleId === 'pipeline/stage-failed').map((m) => m.reason);
  expect(failed, JSON.stringify(text.slice(0, 200))).to.deep.equal([]);
  for (const span of spansOf(x)) {
    expect(span.start, JSON.stringify(span)).to.be.within(0, text.length);
    expect(span.end, JSON.stringify(span)).to.be.within(span.start, text.length);
  }
}

const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '\u0000', '\n', '. ', ', he said. ', ' (', ')', ' - '];

/** A seed article cut, spliced and sprinkled with quotation marks and NULs. */
const mangledSeed = fc.record({
  article: fc.nat(),
  cuts: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 })), { maxLength: 6 }),
  inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...QUOTES)), { maxLength: 12 }),
}).map(({ article, cuts, inserts }) => {
  const seeds = seedArticles();
  let text = seeds[article % seeds.length].text;
  for (const [at, length] of cuts) {
    const start = at % Math.max(1, text.length);
    text = text.slice(0, start) + text.slice(start + length);
  }
  for (const [at, piece] of inserts) {
    const where = at % (text.length + 1);
    text = text.slice(0, where) + piece + text.slice(where);
  }
  return text;
});

describe('Extraction on random and mangled text', () => {
  it('When the text is random unicode, then extraction ends without throwing and offsets stay inside', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), expectOffsetsInside), { numRuns: 150 });
  });

  it('When the text is random code units (lone surrogates included), then extraction ends without throwing', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectOffsetsInside), { numRuns: 150 });
  });

  it('When the text mixes words, names, quotes and punctuation, then extraction ends without throwing', () => {
    const word = fc.constantFrom('Putin', 'said', 'Kyiv', '“We', 'will', 'win,”', 'he', 'the', 'Ukrainian', 'forces', 'captured',
      'Izyum.', 'U.S.', 'Mr.', 'Peskov', '(ISW)', 'Institute', 'for', 'the', 'Study', 'of', 'War', 'region', '\n', '—', '"', 'told', 'AFP');
    fc.assert(fc.property(fc.array(word, { maxLength: 200 }).map((w) => w.join(' ')), expectOffsetsInside), { numRuns: 200 });
  });

  it('When a line runs on for thousands of characters without a stop, then every sentence is bounded and offsets stay inside', () => {
    const run = fc.array(fc.constantFrom('Putin', 'said', 'Kyiv', '“', '”', 'the', 'Institute', 'Of', 'Ukrainian', ',', 'x'.repeat(900)), { minLength: 500, maxLength: 1500 })
      .map((w) => w.join(' '));
    const bounded = (text: string) => {
      expectOffsetsInside(text);
      for (const s of extract(text).sentences) expect(s.end - s.start).to.be.at.most(MAX_SENTENCE_LENGTH);
    };
    fc.assert(fc.property(run, bounded), { numRuns: 10 });
    // A run that once crashed the statements stage (a subject's words reaching the sentence's end), replayed every time.
    fc.assert(fc.property(run, bounded), { seed: 348709083, path: '4', endOnFailure: true });
  });

  it('When a seed article is cut and filled with stray quotes and NULs, then extraction ends without throwing', () => {
    fc.assert(fc.property(mangledSeed, expectOffsetsInside), { numRuns: 60 });
  });
});
