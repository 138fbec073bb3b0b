// What the API's routes are built with: the database under each time limit, the log, the write settings, the analysts' bounds.
import type { WriteSettings } from '../../config';
import type { Database } from '../../graph/database';
import type { OpeningLayouts } from '../../opening-canvas/opening-layout';
import type { AnalystLimits } from '../../use-cases/analyst-limits';
import type { Logger } from '../logger';

export interface ApiDeps {
  /** Transactions limited to QUERY_TIMEOUT_MS: what every read route uses. */
  db: Database;
  /** Transactions limited to LONG_REQUEST_TIMEOUT_MS: for routes whose budget is 'long' (writes of many articles, a whole graph exported). */
  longDb: Database;
  /** Transactions limited to CYPHER_TIMEOUT_MS: for analysts' queries; `db` when absent. */
  analystDb?: Database;
  logger: Logger;
  writes: WriteSettings;
  /** Bounds of analysts' queries; the defaults when absent. */
  analyst?: AnalystLimits;
  /** Lays out the whole graph when the explorer opens it whole; absent, the page lays it out itself. */
  layouts?: OpeningLayouts;
}
