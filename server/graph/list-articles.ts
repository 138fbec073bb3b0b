// Reads one page of the article list, most recently ingested first, with each article's counts.
import type { ArticleListPayload } from '../contract';
import type { Database } from './database';
import { cypher } from './queries';

export async function listArticles(db: Database, page: { limit: number; offset: number }): Promise<ArticleListPayload> {
  return db.read(async (tx) => {
    const [{ total }] = await tx.run(cypher('read/count-articles'));
    const rows = await tx.run(cypher('read/list-articles'), page);
    return {
      total: total as number,
      articles: rows.map((row) => ({
        id: row.id as string,
        title: (row.title as string | null) ?? null,
        outlet: (row.outlet as string | null) ?? null,
        date: (row.date as string | null) ?? null,
        url: (row.url as string | null) ?? null,
        ingestedAt: (row.ingestedAt as string | null) ?? null,
        counts: { statements: row.statements as number, events: row.events as number, entities: row.entities as number },
      })),
    };
  });
}
