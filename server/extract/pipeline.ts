// Runs the extraction stages in order over one article's text and gathers their findings and messages.
import type { ArticleMeta, Extraction } from './types';
import { findFurniture } from './text/furniture';
import { splitSentences } from './text/sentences';
import { readMetadata } from './text/metadata';
import { findEntities } from './entities/find-entities';
import { findStatements } from './statements/find-statements';
import { findEvents } from './events/find-events';

export function extract(text: string, sidecar: ArticleMeta = {}): Extraction {
  const furniture = findFurniture(text);
  const sentences = splitSentences(text, furniture.spans);
  const metadata = readMetadata(text, sidecar, furniture.spans);
  const entities = findEntities({ text, sentences, furniture: furniture.spans });
  const statements = findStatements({ text, sentences, entities: entities.entities });
  const events = findEvents({
    text, sentences, entities: entities.entities, statements: statements.statements, meta: metadata.meta,
  });
  return {
    meta: metadata.meta,
    length: text.length,
    furniture: furniture.spans,
    sentences,
    entities: entities.entities,
    statements: statements.statements,
    events: events.events,
    messages: [
      ...furniture.messages, ...metadata.messages, ...entities.messages, ...statements.messages, ...events.messages,
    ],
  };
}
