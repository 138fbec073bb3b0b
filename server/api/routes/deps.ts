// What the API's routes are built with: the database (with the query time limit, and with the long one), the log, the write settings.
import type { WriteSettings } from '../../config';
import type { Database } from '../../graph/database';
import type { Logger } from '../logger';

export interface ApiDeps {
  /** Transactions limited to QUERY_TIMEOUT_MS: what every read route uses. */
  db: Database;
  /** Transactions limited to LONG_REQUEST_TIMEOUT_MS: for routes declared `lengthy` (many articles written, a whole graph exported). */
  longDb: Database;
  logger: Logger;
  writes: WriteSettings;
}
