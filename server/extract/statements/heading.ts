// Finds a run-in subhead opening a paragraph ("Siege of Mariupol continues: ..."), which is neither speaker nor reported words.
import type { Token } from './tokens';
import type { Frame } from './frames';
import { isVerbUse } from './verb-use';

const MAX_HEADING_TOKENS = 10;

/**
 * The index of the first token after a subhead: up to ten words (a quotation may be among them) ended by a colon, with
 * a capitalized word or a quotation after it and no reporting verb before it; 0 when the unit has none.
 */
export function headingEnd(tokens: Token[]): number {
  const colon = tokens.findIndex((token, at) => at < MAX_HEADING_TOKENS && token.kind === 'colon');
  if (colon < 1 || !tokens.slice(0, colon).every((token) => token.kind === 'word' || token.kind === 'quote')) return 0;
  const after = tokens[colon + 1];
  if (!after || !(after.kind === 'quote' || (after.kind === 'word' && /^\p{Lu}/u.test(after.text)))) return 0;
  for (let at = 0; at < colon; at++) if (isVerbUse(tokens, at)) return 0;
  return colon + 1;
}

/** Trailing attributions report the words after the subhead, not the subhead itself. */
export function afterHeading(frames: Frame[], start: number): Frame[] {
  return start ? frames.map((frame) => (frame.direction === 'trail' && frame.contentFrom < start ? { ...frame, contentFrom: start } : frame)) : frames;
}
