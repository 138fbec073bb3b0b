// The nodes an analyst's answer names: those in its graph (nodes, relationships' ends, paths), and those its rows
// name by stable id, as the saved questions do (`statement.id AS statement`, `event.id AS event`).
import type { CypherPayload } from '../contract';

/**
 * The shapes of whosaid's stable ids: an entity key (`person:dmitry peskov`), an article id (hexadecimal) and a
 * statement or event id (`<article id>:statement:2570-2702`, `<article id>:event:3138:0`). A string of one of these shapes is looked up; one that names no node is
 * passed over by the reader.
 */
const STABLE_ID_SHAPES = [/^(?:person|organization|place):\S/, /^[0-9a-f]{16,64}(?::\S+)?$/];

const looksLikeId = (text: string) => text.length <= 500 && STABLE_ID_SHAPES.some((shape) => shape.test(text));

export function answerNodeIds(answer: CypherPayload): string[] {
  const ids = new Set(answer.graph.elements.nodes.map((node) => node.data.id));
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (looksLikeId(value)) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  answer.rows.forEach(visit);
  return [...ids];
}
