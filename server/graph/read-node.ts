// Reads one node by its stable key into the contract's node details: an entity's lists, a fact's sentence, an article's text.
import type { ArticleRef, GraphNodeData, NodeDetails } from '../contract';
import { NotFoundError } from '../errors';
import type { Database } from './database';
import { articleNode, entityNode, eventNode, statementNode } from './node-data';
import { cypher } from './queries';
import { readClaimants } from './read-claimants';
import { readEntityLists } from './read-entity-lists';
import type { Row } from './values';

export interface DetailsPage {
  page: number;
  pageSize: number;
}

/** An article's text is sent whole up to this length; past it, cut (with facts past the cut left out). */
export const ARTICLE_TEXT_LIMIT = 200_000;
const ARTICLE_FACTS_LIMIT = 2_000;

export async function readNodeDetails(db: Database, id: string, page: DetailsPage = { page: 1, pageSize: 20 }): Promise<NodeDetails> {
  return db.read(async (tx) => {
    const [found] = await tx.run(cypher('read/node'), { id });
    if (!found) throw new NotFoundError(`nodes: no node has the id "${id}"`);
    const data = found.data as Row;
    const article = found.article as ArticleRef | null;
    const text = typeof found.text === 'string' ? found.text : '';

    if (found.type === 'article') {
      const facts = await tx.run(cypher('read/article-facts'), { id, limit: ARTICLE_FACTS_LIMIT });
      const cut = text.length > ARTICLE_TEXT_LIMIT;
      return {
        node: articleNode(data),
        text: cut ? text.slice(0, ARTICLE_TEXT_LIMIT) : text,
        ...(cut ? { textTruncated: true } : {}),
        facts: facts
          .filter((fact) => Number(fact.end) <= ARTICLE_TEXT_LIMIT)
          .map((fact) => ({ id: String(fact.id), type: fact.type as 'statement' | 'event', label: String(fact.label), start: Number(fact.start), end: Number(fact.end) })),
      };
    }
    if (found.type === 'statement') {
      return { node: statementNode(data, article ?? undefined), provenance: provenance(data, article as ArticleRef, text) };
    }
    if (found.type === 'event') {
      const claimants = (await readClaimants(tx, [id])).get(id) ?? [];
      return { node: eventNode(data, article ?? undefined), provenance: provenance(data, article as ArticleRef, text), claimants };
    }
    return { ...(await readEntityLists(tx, data, page)), page };
  });
}

/** Just the node's own data, for callers that need to know what it is (the node a neighbourhood is read around). */
export async function readNode(db: Database, id: string): Promise<GraphNodeData> {
  const [found] = await db.read((tx) => tx.run(cypher('read/node'), { id }));
  if (!found) throw new NotFoundError(`nodes: no node has the id "${id}"`);
  const data = found.data as Row;
  const article = (found.article as ArticleRef | null) ?? undefined;
  if (found.type === 'article') return articleNode(data);
  if (found.type === 'statement') return statementNode(data, article);
  if (found.type === 'event') return eventNode(data, article);
  return entityNode(data);
}

/** The sentence is cut from the stored article text by its offsets, so it is exactly what the article says. */
function provenance(fact: Row, article: ArticleRef, text: string): NodeDetails['provenance'] {
  const sentenceStart = Number(fact.sentenceStart);
  const sentenceEnd = Number(fact.sentenceEnd);
  return {
    article,
    sentence: text.slice(sentenceStart, sentenceEnd),
    sentenceStart,
    sentenceEnd,
    start: Number(fact.start),
    end: Number(fact.end),
  };
}
