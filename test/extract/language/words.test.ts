// The English word classes every stage reads: calendar words, determiners, pronouns, auxiliaries, prepositions.
import { expect } from 'chai';
import { alternation, CALENDAR_WORDS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, WEEKDAYS } from '../../../server/extract/language/words';

describe('language/words', () => {
  it('should list the days in the order of Date.getUTCDay, Sunday first', () => {
    expect(WEEKDAYS[new Date(Date.UTC(2022, 1, 24)).getUTCDay()]).to.equal('thursday');
  });

  it('should know months and days as calendar words, and ordinary words as none', () => {
    expect(CALENDAR_WORDS.has('march') && CALENDAR_WORDS.has('sunday')).to.equal(true);
    expect(CALENDAR_WORDS.has('week')).to.equal(false);
  });

  it('should tell determiners, subject pronouns and prepositions apart', () => {
    expect(DETERMINERS.has('their') && DETERMINERS.has('no')).to.equal(true);
    expect(SUBJECT_PRONOUNS).to.include('they').and.not.include('them');
    expect(PREPOSITIONS.has('towards') && !PREPOSITIONS.has('the')).to.equal(true);
  });

  it('should write a word list as an alternation that matches the words and nothing more', () => {
    const pattern = new RegExp(`^(?:${alternation(['u.s.', 'a+b'])})$`);
    expect(pattern.test('u.s.') && pattern.test('a+b') && !pattern.test('uxsx')).to.equal(true);
  });
});
