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

export function statementNode(statement: Properties, articleId?: string): GraphNodeData {
  return {
    ...compact({ ...statement, article: articleId }),
    id: String(statement.id),
    label: String(statement.quote),
    type: 'statement',
  };
}

export function eventNode(event: Properties, articleId?: string): GraphNodeData {
  const verb = String(event.verb).replace(/_/g, ' ');
  return {
    ...compact({ ...event, article: articleId }),
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
