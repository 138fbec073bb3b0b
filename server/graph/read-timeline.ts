// Reads how many events and statements fall on each day, by event date and by report date.
import type { TimelinePayload } from '../contract';
import type { Database } from './database';
import { cypher } from './queries';

type Day = TimelinePayload['days'][number];
type Series = 'eventsByEventDate' | 'eventsByReportDate' | 'statements';

export async function readTimeline(db: Database, filters: { outlets?: string[]; kinds?: string[] }): Promise<TimelinePayload> {
  const rows = await db.read((tx) => tx.run(cypher('read/workspace/timeline'), {
    outlets: filters.outlets ?? null, kinds: filters.kinds ?? null,
  }));
  const days = new Map<string, Day>();
  let undatedEvents = 0;
  for (const row of rows) {
    const series = row.series as Series;
    if (row.day == null) {
      if (series === 'eventsByEventDate') undatedEvents += Number(row.count);
      continue;
    }
    const date = String(row.day).slice(0, 10);
    const day = days.get(date) ?? { date, eventsByEventDate: 0, eventsByReportDate: 0, statements: 0 };
    day[series] += Number(row.count);
    days.set(date, day);
  }
  return { days: [...days.values()].sort((a, b) => a.date.localeCompare(b.date)), undatedEvents };
}
