// The test Neo4j emptied and loaded with the five seed articles through the real extractor and loader.
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadSeedCorpus } from '../../server/load/seed';
import { clearDatabase, testNeo4jSettings } from './database';
import { RELAXED_CONNECT } from './limits';

export async function seededDatabase(): Promise<Database> {
  const db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
  await applySchema(db);
  await clearDatabase();
  await loadSeedCorpus(db, { onProgress: () => undefined });
  return db;
}
