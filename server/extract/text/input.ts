// Checks the text before extraction: names empty, binary, HTML and non-English input, and masks what cannot be read.
import type { Message } from '../types';

const HTML_HINT = /<(?:!doctype|html|head|body|div|p|span|script|style|a|br|article|section|meta|link)\b[^>]*>/i;
/** Openings of what is masked: a comment, a script or style element, any other tag (bounded, so no scan runs away). */
const OPENING = /<!--|<(script|style)\b[^<>]{0,2000}>|<\/?[a-zA-Z!][^<>]{0,2000}>/gi;
const CLOSINGS: Record<string, RegExp> = { '!--': /-->/g, script: /<\/script\s*>/gi, style: /<\/style\s*>/gi };
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' };
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|that|is|was|for|on|said|with|by)\b/gi;
/** How many words are sampled to judge the language, from the start of the text. */
const LANGUAGE_SAMPLE = 20000;

const spaces = (n: number): string => ' '.repeat(n);

/**
 * Where each comment, script or style element and tag ends. A comment or element that is never closed masks only
 * its opening tag, and once a closing is known to be missing it is not searched for again, so the scan stays linear.
 */
function tagSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const unclosed = new Set<string>();
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const opened = m[0] === '<!--' ? '!--' : m[1]?.toLowerCase();
    let end = m.index + m[0].length;
    if (opened && !unclosed.has(opened)) {
      const closing = CLOSINGS[opened];
      closing.lastIndex = end;
      const close = closing.exec(text);
      if (close) end = close.index + close[0].length; else unclosed.add(opened);
    }
    spans.push([m.index, end]);
    OPENING.lastIndex = end;
  }
  return spans;
}

/** Replaces tags by spaces and entities by their character padded with spaces, so every offset keeps its place. */
function maskHtml(text: string): string {
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of tagSpans(text)) {
    pieces.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('').replace(ENTITY, (entity) => {
    const body = entity.slice(1, -1).toLowerCase();
    const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : body.startsWith('#') ? parseInt(body.slice(1), 10) : undefined;
    const char = code !== undefined ? (code > 0 && code < 0xffff ? String.fromCharCode(code) : ' ') : NAMED_ENTITIES[body] ?? ' ';
    return char + spaces(entity.length - 1);
  });
}

function looksEnglish(text: string): boolean {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const words = sample.split(/\s+/).length;
  if (words < 8) return true;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return english / words > 0.05;
}

/** The text the stages read (same length, same offsets) and what was wrong with it. */
export function inspectInput(text: string): { text: string; messages: Message[] } {
  const messages: Message[] = [];
  const whole = { start: 0, end: text.length };
  if (!text.trim()) {
    messages.push({ reason: 'The article is empty: nothing to extract', ruleId: 'input/empty', severity: 'warning' });
    return { text, messages };
  }
  let prepared = text;
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls) {
    prepared = prepared.replace(CONTROL, ' ');
    messages.push({ reason: `The text holds ${controls} control or NUL characters (binary data?); they were read as spaces`, ruleId: 'input/control-characters', severity: 'warning', place: whole });
  }
  // Zero-width spaces and joiners are invisible in the text as read: words either side of them are read apart.
  prepared = prepared.replace(INVISIBLE, ' ');
  if (HTML_HINT.test(prepared)) {
    prepared = maskHtml(prepared);
    messages.push({ reason: 'The text is HTML: tags were masked by spaces, offsets still refer to the original text', ruleId: 'input/html', severity: 'warning', place: whole });
  }
  if (!looksEnglish(prepared)) {
    messages.push({ reason: 'The text does not look like English: names, statements and events may be missed', ruleId: 'input/not-english', severity: 'warning', place: whole });
  }
  return { text: prepared, messages };
}
