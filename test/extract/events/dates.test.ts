// Unit tests of relative-day resolution against the publication date.
import { expect } from 'chai';
import { findDayExpressions, resolveDay } from '../../../server/extract/events/dates';

describe('events/dates', () => {
  // 2022-10-05 was a Wednesday.
  const wednesday = '2022-10-05';

  it('resolves a weekday to the most recent such day before publication', () => {
    expect(resolveDay('on Tuesday', wednesday)).to.equal('2022-10-04');
    expect(resolveDay('late Saturday', wednesday)).to.equal('2022-10-01');
    expect(resolveDay('Thursday', wednesday)).to.equal('2022-09-29');
  });

  it('resolves the publication weekday to the publication day itself', () => {
    expect(resolveDay('early Wednesday', wednesday)).to.equal('2022-10-05');
  });

  it('resolves yesterday, today and last night', () => {
    expect(resolveDay('yesterday', wednesday)).to.equal('2022-10-04');
    expect(resolveDay('today', wednesday)).to.equal('2022-10-05');
    expect(resolveDay('last night', '2022-03-01')).to.equal('2022-02-28');
  });

  it('resolves a calendar day in the publication year, or the year before when it would lie in the future', () => {
    expect(resolveDay('Feb. 21', '2022-03-29')).to.equal('2022-02-21');
    expect(resolveDay('December 30', '2023-01-04')).to.equal('2022-12-30');
    expect(resolveDay('24 February 2022', '2023-06-01')).to.equal('2022-02-24');
    expect(resolveDay('September 10, 2022', '2023-06-01')).to.equal('2022-09-10');
  });

  it('gives no day for spans that name no single day or impossible dates', () => {
    expect(resolveDay('last week', wednesday)).to.equal(undefined);
    expect(resolveDay('in July', wednesday)).to.equal(undefined);
    expect(resolveDay('February 30', wednesday)).to.equal(undefined);
  });

  it('gives no day without a readable publication date', () => {
    expect(resolveDay('on Tuesday', undefined)).to.equal(undefined);
    expect(resolveDay('on Tuesday', 'not a date')).to.equal(undefined);
  });

  it('finds day expressions in a stretch of text with their offsets', () => {
    const text = 'Troops entered the town on Saturday and left last week, officials said Feb. 3.';
    const found = findDayExpressions(text, 0, text.length, '2022-03-01');
    expect(found.map((d) => text.slice(d.start, d.end))).to.deep.equal(['Saturday', 'Feb. 3']);
    expect(found.map((d) => d.iso)).to.deep.equal(['2022-02-26', '2022-02-03']);
  });

  it('does not read the modal verb "may" as a month', () => {
    const text = 'Forces may 2 times retreat.';
    expect(findDayExpressions(text, 0, text.length, '2022-06-01')).to.deep.equal([]);
  });
});
