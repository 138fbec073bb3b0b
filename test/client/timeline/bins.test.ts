// The timeline's bins: events by their own date or by report date, never more bins than the strip holds.
import { expect } from 'chai';
import { binDays, dateAt, xOf } from '../../../client/timeline/bins';

const days = [
  { date: '2022-03-01', eventsByEventDate: 1, eventsByReportDate: 0, statements: 2 },
  { date: '2022-03-02', eventsByEventDate: 0, eventsByReportDate: 3, statements: 0 },
  { date: '2022-11-09', eventsByEventDate: 2, eventsByReportDate: 4, statements: 5 },
];

describe('client/timeline/bins', () => {
  it('should count events by their own date or by report date, as asked, and statements by report date', () => {
    const byEvent = binDays(days, 'event', 1000);
    const byReport = binDays(days, 'report', 1000);
    expect(byEvent.reduce((sum, b) => sum + b.events, 0)).to.equal(3);
    expect(byReport.reduce((sum, b) => sum + b.events, 0)).to.equal(7);
    expect(byEvent.reduce((sum, b) => sum + b.reports, 0)).to.equal(7);
    expect(byEvent[0].from).to.equal('2022-03-01');
  });

  it('should never make more bins than asked, covering the whole span', () => {
    const bins = binDays(days, 'event', 10);
    expect(bins.length).to.be.at.most(10);
    expect(bins[bins.length - 1].to >= '2022-11-09').to.equal(true);
  });

  it('should turn a point on the strip into a date and back', () => {
    const bins = binDays(days, 'event', 50);
    const date = dateAt(bins, 300, 600);
    expect(Math.abs(xOf(bins, date, 600) - 300)).to.be.below(5);
    expect(dateAt(bins, -10, 600)).to.equal(bins[0].from);
  });
});
