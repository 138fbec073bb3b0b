// The real app on the test Neo4j with the seed articles loaded by the real loader, for the workspace's browser tests.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../../server/api/app';
import { connectDatabase, type Database } from '../../../server/graph/database';
import { applySchema } from '../../../server/graph/schema';
import { loadSeedCorpus } from '../../../server/load/seed';
import { clearDatabase, testNeo4jSettings } from '../../support/database';

export interface SeedApp {
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startSeedApp(): Promise<SeedApp> {
  const db = connectDatabase(testNeo4jSettings());
  await applySchema(db);
  await clearDatabase();
  await loadSeedCorpus(db, { onProgress: () => undefined });
  const quiet = { info: () => undefined, error: () => undefined };
  const server: Server = createApp({ db, logger: quiet }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    db,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}
