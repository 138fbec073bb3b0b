// A Database for code that must not reach one: route tables, the OpenAPI document; any query fails the test loudly.
import type { Database } from '../../server/graph/database';

export const noDatabase: Database = new Proxy({} as Database, {
  get: (_target, name) => (name === 'withQueryTimeout'
    ? () => noDatabase
    : () => { throw new Error('test: this code should not use the database'); }),
});
