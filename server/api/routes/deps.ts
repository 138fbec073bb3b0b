// What the API's routes are built with: the database (for reads, and with the longer time limit of writes), the log, the write settings.
import type { WriteSettings } from '../../config';
import type { Database } from '../../graph/database';
import type { Logger } from '../logger';

export interface ApiDeps {
  /** Transactions limited to QUERY_TIMEOUT_MS: what every read route uses. */
  db: Database;
  /** Transactions limited to WRITE_TIMEOUT_MS: for routes that write many articles at once. */
  writeDb: Database;
  logger: Logger;
  writes: WriteSettings;
}
