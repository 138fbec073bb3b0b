// Reads one node by its stable key, and what an entity said, into the contract's node details.
import type { ArticleRef, NodeDetails, QuoteSummary } from '../contract';
import { NotFoundError } from '../errors';
import type { Database } from './database';
import { articleNode, entityNode, eventNode, statementNode } from './node-data';
import { cypher } from './queries';
import type { Row } from './values';

export interface QuotesPage {
  /** 1-based. */
  page: number;
  pageSize: number;
}

export async function readNodeDetails(db: Database, id: string, { page, pageSize }: QuotesPage = { page: 1, pageSize: 20 }): Promise<NodeDetails> {
  return db.read(async (tx) => {
    const [found] = await tx.run(cypher('read/node'), { id });
    if (!found) throw new NotFoundError(`nodes: no node has the id "${id}"`);
    const data = found.data as Row;
    const article = found.article as ArticleRef | null;

    if (found.type === 'article') return { node: articleNode(data) };
    if (found.type === 'statement' || found.type === 'event') {
      const node = found.type === 'statement' ? statementNode(data, article?.id) : eventNode(data, article?.id);
      return { node, provenance: provenance(data, article as ArticleRef, String(found.text)) };
    }
    const quotes = await tx.run(cypher('read/entity-quotes'), { key: id, skip: (page - 1) * pageSize, limit: pageSize });
    // The query shapes each row as a QuoteSummary already.
    return { node: entityNode(data), quotes: quotes as QuoteSummary[], quotesPage: { page, pageSize, total: Number(found.quotes) } };
  });
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
