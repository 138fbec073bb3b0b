// Events and statements by day (event date and report date told apart), filtered by outlet and statement kind.
import type { TimelinePayload, TimelineQuery } from '../contract';
import type { Database } from '../graph/database';
import { readTimeline } from '../graph/read-timeline';

export function timeline(db: Database, query: TimelineQuery): Promise<TimelinePayload> {
  return readTimeline(db, {
    outlets: query.outlet?.length ? query.outlet : undefined,
    kinds: query.kind?.length ? query.kind : undefined,
  });
}
