// What the workspace opens on: the graph's size, the most quoted speakers, the latest articles, the busiest places.
import type { OverviewPayload } from '../contract';
import type { Database } from '../graph/database';
import { readOverview } from '../graph/read-overview';

/** Each ranked list is this long: enough to start from, short enough to read at a glance. */
export const OVERVIEW_LIST_LENGTH = 12;

export function overview(db: Database): Promise<OverviewPayload> {
  return readOverview(db, OVERVIEW_LIST_LENGTH);
}
