// Finds statements (direct, mixed and indirect speech) and resolves their speakers.
import type { Entity, Message, Sentence, Statement } from '../types';

export function findStatements(_input: { text: string; sentences: Sentence[]; entities: Entity[] }): { statements: Statement[]; messages: Message[] } {
  return { statements: [], messages: [] };
}
