// Formatting for the details panel: dates, source lines, and the quote located inside its sentence.
import { expect } from 'chai';
import { counted, formatDate, sourceLine, splitSentence } from '../../client/format';

describe('client/format', () => {
  it('should put a count\'s noun in the number it takes, with thousands separated', () => {
    expect(counted(1, 'node')).to.equal('1 node');
    expect(counted(0, 'link')).to.equal('0 links');
    expect(counted(1200, 'entity', 'entities')).to.equal('1,200 entities');
  });

  it('should write an ISO date the way analysts read it.', () => {
    expect(formatDate('2022-10-05')).to.equal('5 Oct 2022');
    expect(formatDate('2022-11-09T10:00:00Z')).to.equal('9 Nov 2022');
  });

  it('should give back a date it cannot read as it is, and nothing for no date.', () => {
    expect(formatDate('autumn 2022')).to.equal('autumn 2022');
    expect(formatDate(null)).to.equal(null);
  });

  it('should join outlet and date into one source line, leaving out what is missing.', () => {
    expect(sourceLine({ id: 'a', title: 't', outlet: 'NBC News', date: '2022-10-05' })).to.equal('NBC News · 5 Oct 2022');
    expect(sourceLine({ id: 'a', title: 't', outlet: 'NBC News', date: null })).to.equal('NBC News');
    expect(sourceLine({ id: 'a', title: 't', outlet: null, date: null })).to.equal('Unknown outlet and date');
  });

  describe('splitSentence', () => {
    const article = { id: 'a', title: null, outlet: null, date: null };
    const sentence = 'Kyiv said its troops were making rapid advances in the south.';
    const sentenceStart = 173;

    it('should split the sentence around the statement by its article offsets.', () => {
      const start = sentenceStart + sentence.indexOf('its troops');
      const end = sentenceStart + sentence.indexOf(' in the south');
      const parts = splitSentence({ article, sentence, sentenceStart, sentenceEnd: sentenceStart + sentence.length, start, end });
      expect(parts).to.deep.equal({ before: 'Kyiv said ', quote: 'its troops were making rapid advances', after: ' in the south.' });
      expect(parts.before + parts.quote + parts.after).to.equal(sentence);
    });

    it('should not mark anything when the offsets fall outside the sentence.', () => {
      const parts = splitSentence({ article, sentence, sentenceStart, sentenceEnd: sentenceStart + sentence.length, start: 10, end: 400 });
      expect(parts).to.deep.equal({ before: sentence, quote: '', after: '' });
    });
  });
});
