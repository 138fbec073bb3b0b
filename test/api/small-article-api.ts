// An API server over a database holding only the small invented article, for API tests that need a known tiny graph.
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { loadExtraction } from '../../server/load/load-article';
import type { AnalystLimits } from '../../server/use-cases/analyst-limits';
import { clearDatabase, testNeo4jSettings } from '../support/database';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../load/fixtures/small-article';
import { startApiServer, type ApiServer } from './api-server';

export interface SmallArticleApi {
  db: Database;
  api: ApiServer;
  articleId: string;
  stop(): Promise<void>;
}

export async function startSmallArticleApi(options: { analyst?: Partial<AnalystLimits> } = {}): Promise<SmallArticleApi> {
  const db = connectDatabase(testNeo4jSettings());
  await applySchema(db);
  await clearDatabase();
  const { articleId } = await loadExtraction(db, { text: SMALL_ARTICLE_TEXT, file: 'small.txt' }, smallArticleExtraction());
  const api = await startApiServer(db, undefined, options);
  return {
    db, api, articleId,
    async stop() {
      await api.stop();
      await db.close();
    },
  };
}
