// Loads the test articles (one of them hostile) into the test Neo4j and fetches exports from the running app.
import { unzipSync, strFromU8 } from 'fflate';
import { connectDatabase, type Database } from '../../../server/graph/database';
import { applySchema } from '../../../server/graph/schema';
import { loadExtraction } from '../../../server/load/load-article';
import { startApiServer, type ApiServer } from '../../api/api-server';
import { SMALL_ARTICLE_TEXT, smallArticleExtraction } from '../../load/fixtures/small-article';
import { clearDatabase, testNeo4jSettings } from '../../support/database';
import { RELAXED_CONNECT } from '../../support/limits';
import { HOSTILE_ARTICLE_TEXT, hostileExtraction } from '../fixtures/hostile-article';

export interface ExportWorld {
  db: Database;
  api: ApiServer;
  smallArticle: string;
  hostileArticle: string;
  stop(): Promise<void>;
}

export async function startExportWorld(): Promise<ExportWorld> {
  const db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
  await applySchema(db);
  await clearDatabase();
  const small = await loadExtraction(db, { text: SMALL_ARTICLE_TEXT, file: 'small.txt' }, smallArticleExtraction());
  const hostile = await loadExtraction(db, { text: HOSTILE_ARTICLE_TEXT, file: 'hostile.txt' }, hostileExtraction());
  const api = await startApiServer(db);
  return {
    db, api, smallArticle: small.articleId, hostileArticle: hostile.articleId,
    async stop() {
      await api.stop();
      await db.close();
    },
  };
}

export interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
  text: string;
}

export async function download(api: ApiServer, path: string, body?: unknown): Promise<Download> {
  const response = await fetch(`${api.base}${path}`, body === undefined ? {} : {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, bytes, text: Buffer.from(bytes).toString('utf8') };
}

/** The files of a zip, as text, by name. */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([name, content]) => [name, strFromU8(content)]));
}
