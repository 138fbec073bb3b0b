// Runs the extraction stages in order over one article's text and gathers their findings and messages.
import type { ArticleMeta, Extraction } from './types';
import { inspectInput } from './text/input';
import { findFurniture } from './text/furniture';
import { splitSentences } from './text/sentences';
import { readMetadata } from './text/metadata';
import { findEntities } from './entities/find-entities';
import { findStatements } from './statements/find-statements';
import { findEvents } from './events/find-events';

/** Told how much processor time each stage took, in milliseconds, for the benchmark. */
export type StageObserver = (stage: string, cpuMilliseconds: number) => void;

function timed<T>(stage: string, observe: StageObserver | undefined, run: () => T): T {
  if (!observe) return run();
  const started = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(started);
  observe(stage, (used.user + used.system) / 1000);
  return result;
}

/**
 * Extracts one article. Offsets refer to `original`: the stages read a copy of the same length in which unreadable
 * parts (control characters, HTML tags) are masked by spaces.
 */
export function extract(original: string, sidecar: ArticleMeta = {}, observe?: StageObserver): Extraction {
  const input = timed('input', observe, () => inspectInput(original));
  const text = input.text;
  const furniture = timed('furniture', observe, () => findFurniture(text));
  const sentences = timed('sentences', observe, () => splitSentences(text, furniture.spans));
  const metadata = timed('metadata', observe, () => readMetadata(text, sidecar, furniture.spans));
  const entities = timed('entities', observe, () => findEntities({ text, sentences, furniture: furniture.spans }));
  const statements = timed('statements', observe, () => findStatements({ text, sentences, entities: entities.entities }));
  const events = timed('events', observe, () => findEvents({
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
    messages: [
      ...input.messages, ...furniture.messages, ...metadata.messages, ...entities.messages, ...statements.messages,
      ...events.messages,
    ],
  };
}
