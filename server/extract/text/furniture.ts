// Finds page furniture (browser notices, appeals, photo credits and captions, promos, links) so later stages skip it.
import type { Message, Span } from '../types';
import { BULLET_LINK, CREDIT_RULES, LINE_RULES, SHOUTED_LINE, TAIL_BLOCK } from './furniture-rules';

interface Found extends Span { ruleId: string; kind: string }

const CAPTION_MAX_WORDS = 60;
/** Links and captions are short; on longer lines only the end may hold a photo credit. */
const LINE_RULE_MAX_LENGTH = 600;
const CREDIT_WINDOW = 300;

function* lines(text: string): Generator<Span> {
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    yield { start, end };
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** The line without its surrounding white space, as offsets. */
function trimmed(text: string, line: Span): Span {
  let { start, end } = line;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

function classifyLine(text: string, span: Span): Found | undefined {
  const line = text.slice(span.start, span.end);
  const long = line.length > LINE_RULE_MAX_LENGTH;
  const rule = LINE_RULES.find((r) => (r.anyLength || !long) && r.test.test(line));
  if (rule) return { ...span, ruleId: rule.ruleId, kind: rule.kind };
  if (long) return creditAtEnd(text, span);
  if (BULLET_LINK.test(line)) return { ...span, ruleId: 'furniture/related-link', kind: 'related link' };
  if (SHOUTED_LINE.test(line)) return { ...span, ruleId: 'furniture/related-link', kind: 'related link in capitals' };
  if (/^[\s•·|*]+$/.test(line)) return { ...span, ruleId: 'furniture/navigation', kind: 'navigation separator' };
  return creditAtEnd(text, span);
}

function creditAtEnd(text: string, span: Span): Found | undefined {
  const from = Math.max(span.start, span.end - CREDIT_WINDOW);
  const line = text.slice(from, span.end);
  for (const credit of CREDIT_RULES) {
    const match = credit.exec(line);
    if (!match || (match.index === 0 && from > span.start)) continue;
    // The words before a credit on its line are the photo's caption, unless they run on like a paragraph.
    const captionWords = text.slice(span.start, from + match.index).split(/\s+/).filter(Boolean).length;
    if (captionWords <= CAPTION_MAX_WORDS) {
      return captionWords
        ? { ...span, ruleId: 'furniture/photo-caption', kind: 'photo caption and credit' }
        : { ...span, ruleId: 'furniture/photo-credit', kind: 'photo credit' };
    }
    return { start: from + match.index, end: span.end, ruleId: 'furniture/photo-credit', kind: 'photo credit' };
  }
  return undefined;
}

function message(text: string, found: Found): Message {
  const excerpt = text.slice(found.start, found.end).replace(/\s+/g, ' ');
  const shown = excerpt.length > 60 ? `${excerpt.slice(0, 57)}...` : excerpt;
  return { reason: `Left out page furniture (${found.kind}): "${shown}"`, ruleId: found.ruleId, severity: 'info', place: { start: found.start, end: found.end } };
}

export function findFurniture(text: string): { spans: Span[]; messages: Message[] } {
  const found: Found[] = [];
  for (const line of lines(text)) {
    const span = trimmed(text, line);
    if (span.start === span.end) continue;
    const lineText = text.slice(span.start, span.end);
    if (span.start > text.length / 2 && TAIL_BLOCK.test(lineText)) {
      const tail = trimmed(text, { start: span.start, end: text.length });
      found.push({ ...tail, ruleId: 'furniture/appeal', kind: 'appeal or paywall to the end of the page' });
      break;
    }
    const hit = classifyLine(text, span);
    if (hit) found.push(hit);
  }
  return { spans: found.map(({ start, end }) => ({ start, end })), messages: found.map((f) => message(text, f)) };
}
