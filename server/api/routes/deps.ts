// What the API's routes are built with: the database, the log, and the settings of the app.
import type { Database } from '../../graph/database';
import type { AnalystLimits } from '../../use-cases/analyst-limits';
import type { Logger } from '../logger';

export interface ApiDeps {
  db: Database;
  logger: Logger;
  /** Bounds of analysts' queries. */
  analyst: AnalystLimits;
}
