// Combines the rows of many articles into the flat, key-ordered lists that one batched write UNWINDs.
//
// Entities are merged once per batch (aliases gathered over its articles) and every list is ordered by key, so
// that concurrent writers lock shared entities in the same order, which keeps lock-order deadlocks rare.
import type { ArticleRow, ArticleRows } from './article-rows';
import type { EntityRow, MentionRow } from './entity-rows';
import type { EventRow, StatementRow } from './fact-rows';

export interface BatchRows {
  articles: ArticleRow[];
  entities: EntityRow[];
  mentions: (MentionRow & { articleId: string })[];
  statements: (StatementRow & { articleId: string })[];
  events: (EventRow & { articleId: string })[];
}

const byString = <T>(key: (row: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

export function batchRows(all: ArticleRows[]): BatchRows {
  const ordered = [...all].sort(byString((rows) => rows.article.id));
  const withArticle = <T>(rows: ArticleRows, list: T[]) => list.map((row) => ({ ...row, articleId: rows.article.id }));
  return {
    articles: ordered.map((rows) => rows.article),
    entities: mergeEntities(ordered.flatMap((rows) => rows.entities)),
    mentions: ordered.flatMap((rows) => withArticle(rows, rows.mentions)).sort(byString((row) => `${row.key}\u0000${row.articleId}`)),
    statements: ordered.flatMap((rows) => withArticle(rows, rows.statements)),
    events: ordered.flatMap((rows) => withArticle(rows, rows.events)),
  };
}

/** One row per key: aliases gathered, the first known role, affiliation and coordinates kept. */
function mergeEntities(rows: EntityRow[]): EntityRow[] {
  const byKey = new Map<string, EntityRow>();
  for (const row of rows) {
    const known = byKey.get(row.key);
    if (!known) {
      byKey.set(row.key, { ...row, aliases: [...row.aliases] });
      continue;
    }
    for (const alias of row.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
    known.role ??= row.role;
    known.affiliation ??= row.affiliation;
    known.lat ??= row.lat;
    known.lon ??= row.lon;
  }
  return [...byKey.values()].sort(byString((row) => row.key));
}
