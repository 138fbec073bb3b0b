// Runs the extraction stages in order over one article's text and gathers their findings and messages.
import type { ArticleMeta, Extraction, Message, Span } from './types';
import { inspectInput } from './text/input';
import { findFurniture } from './text/furniture';
import { splitText } from './text/sentences';
import { readMetadata } from './text/metadata';
import { readFrontMatter } from './text/front-matter';
import { findEntities } from './entities/find-entities';
import { findStatements } from './statements/find-statements';
import { findEvents } from './events/find-events';
import { runStage as stage, type StageObserver } from './stage';

export type { StageObserver } from './stage';

/**
 * Extracts one article. Offsets refer to `original`: the stages read a copy of the same length in which unreadable
 * parts (control characters, HTML tags) are masked by spaces.
 */
export function extract(original: string, sidecar: ArticleMeta = {}, observe?: StageObserver): Extraction {
  const failures: Message[] = [];
  const none = { messages: [] as Message[] };
  const input = stage('input', observe, failures, { text: original, ...none }, () => inspectInput(original));
  const text = input.text;
  const front = stage('front-matter', observe, failures, { meta: {}, ...none }, () => readFrontMatter(text));
  const furniture = stage('furniture', observe, failures, { spans: [], ...none }, () => withHeader(findFurniture(text), front.span));
  const split = stage('sentences', observe, failures, { sentences: [], ...none }, () => splitText(text, furniture.spans));
  const sentences = split.sentences;
  const given = { ...front.meta, ...sidecar };
  const metadata = stage('metadata', observe, failures, { meta: given, ...none }, () => readMetadata(text, given, furniture.spans));
  const entities = stage('entities', observe, failures, { entities: [], ...none }, () => findEntities({ text, sentences, furniture: furniture.spans }));
  const statements = stage('statements', observe, failures, { statements: [], ...none }, () => findStatements({ text, sentences, entities: entities.entities }));
  const events = stage('events', observe, failures, { events: [], disputed: [], ...none }, () => findEvents({
    text, sentences, entities: entities.entities, statements: statements.statements, meta: metadata.meta,
  }));
  return {
    meta: metadata.meta,
    length: original.length,
    furniture: furniture.spans,
    sentences,
    entities: entities.entities,
    statements: statements.statements,
    events: events.events,
    disputed: events.disputed,
    messages: [
      ...input.messages, ...front.messages, ...furniture.messages, ...split.messages, ...metadata.messages, ...entities.messages,
      ...statements.messages, ...events.messages, ...failures,
    ],
  };
}

/** A front-matter header is furniture too: no stage reads names or quotes in it. */
function withHeader<T extends { spans: Span[] }>(furniture: T, header: Span | undefined): T {
  return header ? { ...furniture, spans: [header, ...furniture.spans] } : furniture;
}
