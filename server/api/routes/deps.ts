// What the API's routes are built with: the database, the log, and the settings of the app.
import type { Database } from '../../graph/database';
import type { AnalystLimits } from '../../use-cases/analyst-limits';
import type { Logger } from '../logger';

export interface ApiDeps {
  db: Database;
  /** The same database with analysts' longer query time limit; `db` when absent. */
  analystDb?: Database;
  logger: Logger;
  /** Bounds of analysts' queries; the defaults when absent. */
  analyst?: AnalystLimits;
}
