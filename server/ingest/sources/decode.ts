// Turns a file's bytes into text: UTF-8 when valid, Windows-1252 otherwise (old pages), and refuses binary data.
import type { Message } from '../../extract/types';

/** How much of a file is looked at for NUL bytes, the mark of binary data. */
const BINARY_SAMPLE = 8192;

export type Decoded = { text: string; messages: Message[] } | { refused: string };

export function decodeArticleBytes(bytes: Uint8Array): Decoded {
  if (bytes.subarray(0, BINARY_SAMPLE).includes(0)) return { refused: 'binary data (NUL bytes), not text' };
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), messages: [] };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      messages: [{
        reason: 'The file is not valid UTF-8; it was read as Windows-1252', ruleId: 'input/invalid-utf8', severity: 'warning',
      }],
    };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
