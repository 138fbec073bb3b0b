// Finds events in the controlled vocabulary, with actor, target, date and who claims them.
import type { ArticleMeta, Entity, GraphEvent, Message, Sentence, Statement } from '../types';

export function findEvents(_input: {
  text: string; sentences: Sentence[]; entities: Entity[]; statements: Statement[]; meta: ArticleMeta;
}): { events: GraphEvent[]; messages: Message[] } {
  return { events: [], messages: [] };
}
