// The benchmark's baseline: loads articles with one query, in its own transaction, per node and per relationship.
import type { Database } from '../../server/graph/database';
import { cypher, type Query } from '../../server/graph/queries';
import type { Params } from '../../server/graph/values';
import type { ArticleRows } from '../../server/load/article-rows';

export async function loadNaively(db: Database, all: ArticleRows[]): Promise<number> {
  let queries = 0;
  const run = async (query: Query, params: Params) => {
    queries++;
    await db.write((tx) => tx.run(query, params));
  };
  for (const rows of all) {
    const articleId = rows.article.id;
    await run(cypher('naive/merge-article'), { article: rows.article });
    for (const entity of rows.entities) await run(cypher('naive/merge-entity'), { entity });
    for (const { key, count, offsets } of rows.mentions) await run(cypher('naive/link-mention'), { articleId, key, count, offsets });
    for (const statement of rows.statements) {
      const statementId = statement.id;
      await run(cypher('naive/merge-statement'), { id: statementId, properties: statement.properties });
      await run(cypher('naive/link-statement-article'), { statementId, articleId });
      if (statement.speakerKey) await run(cypher('naive/link-speaker'), { statementId, key: statement.speakerKey });
      if (statement.viaKey) await run(cypher('naive/link-statement-entity'), { statementId, key: statement.viaKey, type: 'VIA' });
      for (const key of statement.about) await run(cypher('naive/link-statement-entity'), { statementId, key, type: 'ABOUT' });
    }
    for (const event of rows.events) {
      const eventId = event.id;
      await run(cypher('naive/merge-event'), { id: eventId, properties: event.properties, date: event.date });
      await run(cypher('naive/link-event-article'), { eventId, articleId });
      await run(cypher('naive/link-event-entity'), { eventId, key: event.actorKey, type: 'ACTOR' });
      await run(cypher('naive/link-event-entity'), { eventId, key: event.targetKey, type: 'TARGET' });
      if (event.claimId) await run(cypher('naive/link-claim'), { statementId: event.claimId, eventId });
    }
  }
  return queries;
}
