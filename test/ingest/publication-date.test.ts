// Publication dates as feeds write them: the day is kept, and the time where one is given.
import { expect } from 'chai';
import { parsePublicationDate } from '../../server/ingest/publication-date';

describe('ingest/publication-date', () => {
  const cases: [string, { date: string; dateTime?: string } | undefined][] = [
    ['2022-01-25T09:00:00Z', { date: '2022-01-25', dateTime: '2022-01-25T09:00:00Z' }],
    ['2022-11-09T10:00:00.123+0200', { date: '2022-11-09', dateTime: '2022-11-09T10:00:00.123+02:00' }],
    ['2022-11-09 23:30:00-05:00', { date: '2022-11-09', dateTime: '2022-11-09T23:30:00-05:00' }],
    ['2022-11-09', { date: '2022-11-09' }],
    ['Nov. 9, 2022', { date: '2022-11-09' }],
    ['9 November 2022', { date: '2022-11-09' }],
    ['Wed, 09 Nov 2022 10:00:00 GMT', { date: '2022-11-09', dateTime: '2022-11-09T10:00:00Z' }],
    ['November 9, 2022 at 3:15 p.m. EST', { date: '2022-11-09', dateTime: '2022-11-09T15:15:00-05:00' }],
    ['2022-02-30', undefined],
    ['yesterday', undefined],
    ['next Tuesday at the summit', undefined],
    ['', undefined],
  ];
  for (const [written, expected] of cases) {
    it(`When the date is written "${written}", then it reads ${expected ? JSON.stringify(expected) : 'no date'}`, () => {
      expect(parsePublicationDate(written)).to.deep.equal(expected);
    });
  }
});
