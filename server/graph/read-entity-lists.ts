// Reads an entity's paged lists: what it said, what was said about it (with speakers), and its events (with claimants).
import type { ArticleRef, EventSummary, NodeDetails, QuoteSummary, StatementAbout } from '../contract';
import type { Transaction } from './database';
import { entityNode, eventNode } from './node-data';
import { cypher } from './queries';
import { readClaimants } from './read-claimants';
import type { Row } from './values';

export async function readEntityLists(tx: Transaction, entity: Row, page: { page: number; pageSize: number }): Promise<NodeDetails> {
  const key = String(entity.key);
  const paging = { key, skip: (page.page - 1) * page.pageSize, limit: page.pageSize };
  const [totals] = await tx.run(cypher('read/entity-totals'), { key });
  const quotes = await tx.run(cypher('read/entity-quotes'), paging);
  const about = await tx.run(cypher('read/entity-about'), paging);
  const events = await tx.run(cypher('read/entity-events'), paging);
  const claimants = await readClaimants(tx, events.map((row) => String((row.event as Row).id)));
  return {
    node: entityNode(entity),
    quotes: quotes.map(toQuoteSummary),
    quotesTotal: Number(totals.quotes),
    about: about.map(toStatementAbout),
    aboutTotal: Number(totals.about),
    events: events.map((row) => toEventSummary(row, claimants.get(String((row.event as Row).id)) ?? [])),
    eventsTotal: Number(totals.events),
  };
}

function toQuoteSummary(row: Row): QuoteSummary {
  const statement = row.statement as Pick<QuoteSummary, 'id' | 'quote' | 'kind' | 'verb'>;
  return { ...statement, article: row.article as ArticleRef };
}

function toStatementAbout(row: Row): StatementAbout {
  const statement = row.statement as Row;
  return {
    id: String(statement.id), quote: String(statement.quote), kind: String(statement.kind), verb: String(statement.verb),
    speaker: (row.speaker as StatementAbout['speaker']) ?? null,
    speakerName: typeof statement.speaker === 'string' ? statement.speaker : null,
    article: row.article as ArticleRef,
  };
}

function toEventSummary(row: Row, claimants: EventSummary['claimants']): EventSummary {
  const event = row.event as Row;
  return {
    id: String(event.id), label: eventNode(event).label, verb: String(event.verb),
    role: row.role as EventSummary['role'],
    date: typeof event.date === 'string' ? event.date : null,
    modality: typeof event.modality === 'string' ? event.modality : null,
    claimants,
    article: row.article as ArticleRef,
  };
}
