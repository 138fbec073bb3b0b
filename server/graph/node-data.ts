// Shapes stored node properties into the data the view shows for each kind of node (GraphNodeData).
import type { GraphNodeData, NodeType } from '../contract';
import type { Row } from './values';

type Properties = Row;

/** Keeps only fields that hold something, so the JSON stays small and the client never sees nulls it must skip. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== undefined));
}

export function entityNode(entity: Properties): GraphNodeData {
  const { key, name, type, ...rest } = entity;
  return { ...compact(rest), id: String(key), label: String(name), type: type as NodeType };
}

/** The article a statement or event was reported in: its id, and the outlet and date the view filters by. */
export interface ArticleStamp {
  id: string;
  outlet?: unknown;
  date?: unknown;
}

/** Facts carry their article's id, outlet and date (the report date), so the view can filter them by source and time. */
function stamped(fact: Properties, article?: ArticleStamp | string): Properties {
  if (article === undefined) return fact;
  if (typeof article === 'string') return { ...fact, article };
  return { ...fact, article: article.id, outlet: article.outlet, reportDate: article.date };
}

export function statementNode(statement: Properties, article?: ArticleStamp | string): GraphNodeData {
  return {
    ...compact(stamped(statement, article)),
    id: String(statement.id),
    label: String(statement.quote),
    type: 'statement',
  };
}

export function eventNode(event: Properties, article?: ArticleStamp | string): GraphNodeData {
  const verb = String(event.verb).replace(/_/g, ' ');
  return {
    ...compact(stamped(event, article)),
    id: String(event.id),
    label: `${event.actor} ${verb} ${event.target}`,
    type: 'event',
  };
}

export function articleNode(article: Properties): GraphNodeData {
  return {
    ...compact(article),
    id: String(article.id),
    label: String(article.title ?? article.file ?? article.id),
    type: 'article',
  };
}

/** The node data for a row of any kind, as the workspace queries return them ('entity', 'statement', 'event', 'article'). */
export function anyNode(kind: string, data: Properties, article?: ArticleStamp | null): GraphNodeData {
  if (kind === 'statement') return statementNode(data, article ?? undefined);
  if (kind === 'event') return eventNode(data, article ?? undefined);
  if (kind === 'article') return articleNode(data);
  return entityNode(data);
}

/** Relationships are keyed by type and ends: a pair of nodes has at most one relationship of each type. */
export function edgeId(type: string, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}
