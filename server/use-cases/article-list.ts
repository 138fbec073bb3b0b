// One page of the article list: what was ingested, newest first, with counts.
import type { ArticleListPayload, ArticleListQuery } from '../contract';
import type { Database } from '../graph/database';
import { listArticles } from '../graph/list-articles';

export function articleList(db: Database, page: ArticleListQuery): Promise<ArticleListPayload> {
  return listArticles(db, page);
}
