// What the API's routes are built with: the database, the log, and the settings of the app.
import type { WriteSettings } from '../../config';
import type { Database } from '../../graph/database';
import type { Logger } from '../logger';

export interface ApiDeps {
  db: Database;
  logger: Logger;
  writes: WriteSettings;
}
