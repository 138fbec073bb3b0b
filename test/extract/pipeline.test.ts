// Checks on every seed article that each finding's offsets slice the text back to exactly what was found.
import { expect } from 'chai';
import { seedArticles } from '../support/seed-articles';

function inside(span: { start: number; end: number }, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

describe('Extraction offsets on the seed articles', () => {
  for (const { file, text, extraction } of seedArticles()) {
    describe(file, () => {
      it('When entities are found, then every mention slices back to its text and no mention lies in furniture', () => {
        for (const entity of extraction.entities) {
          for (const m of entity.mentions) {
            expect(text.slice(m.start, m.end), entity.name).to.equal(m.text);
            expect(extraction.furniture.some((f) => m.start < f.end && f.start < m.end), `${entity.name} in furniture`).to.equal(false);
          }
        }
      });

      it('When sentences are split, then they are ordered, trimmed, inside the text and outside furniture', () => {
        let previous = 0;
        extraction.sentences.forEach((s, i) => {
          expect(s.index).to.equal(i);
          expect(inside(s, text.length)).to.equal(true);
          expect(s.start).to.be.at.least(previous);
          expect(text.slice(s.start, s.end)).to.equal(text.slice(s.start, s.end).trim());
          expect(extraction.furniture.some((f) => s.start < f.end && f.start < s.end)).to.equal(false);
          previous = s.end;
        });
      });

      it('When statements are found, then their spans lie in the text and their quote spans slice out the quote in order', () => {
        for (const st of extraction.statements) {
          expect(inside(st, text.length), st.id).to.equal(true);
          let from = 0;
          for (const q of st.quoteSpans) {
            expect(inside(q, text.length), st.id).to.equal(true);
            const piece = text.slice(q.start, q.end);
            const at = st.quote.indexOf(piece, from);
            expect(at, `${st.id}: "${piece}" in "${st.quote}"`).to.be.at.least(0);
            from = at + piece.length;
          }
        }
      });

      it('When events are found, then their spans lie in the text and slice back to their phrase context', () => {
        for (const ev of extraction.events) {
          expect(inside(ev, text.length), ev.id).to.equal(true);
          expect(text.slice(ev.start, ev.end), ev.id).to.include(ev.phrase);
        }
      });

      it('When furniture is found, then its spans lie in the text', () => {
        for (const f of extraction.furniture) expect(inside(f, text.length)).to.equal(true);
      });
    });
  }
});
