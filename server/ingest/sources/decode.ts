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
      text: windows1252(bytes),
      messages: [{
        reason: 'The file is not valid UTF-8; it was read as Windows-1252', ruleId: 'input/invalid-utf8', severity: 'warning',
      }],
    };
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Windows-1252 differs from Latin-1 only in 0x80-0x9F (curly quotes, dashes, the euro sign); Node reads it as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
