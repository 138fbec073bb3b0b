// A Database for code that must not reach one (route tables, the OpenAPI document), and the API's route table built on it.
import { apiRoutes } from '../../server/api/routes';
import type { Route } from '../../server/api/route';
import { defaultWrites } from '../../server/config';
import type { Database } from '../../server/graph/database';

/** Any query fails the test loudly. */
export const noDatabase: Database = new Proxy({} as Database, {
  get: (_target, name) => (name === 'withQueryTimeout'
    ? () => noDatabase
    : () => { throw new Error('test: this code should not use the database'); }),
});

/** Every route the API declares, as a table to loop over; handlers that ran would fail on the database. */
export function routeTable(): Route[] {
  return apiRoutes({ db: noDatabase, longDb: noDatabase, logger: { info: () => undefined, error: () => undefined }, writes: defaultWrites() });
}
