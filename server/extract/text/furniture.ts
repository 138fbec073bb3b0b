// Finds page furniture (browser notices, appeals, photo credits) so that later stages skip it.
import type { Message, Span } from '../types';

export function findFurniture(_text: string): { spans: Span[]; messages: Message[] } {
  return { spans: [], messages: [] };
}
