// Turns a frame's content tokens into the quote: kind, spans without marks, and the reporter's context cut off.
import type { Span, StatementKind } from '../types';
import { endsWithComma, type Token } from './tokens';
import { FINITE_MARKERS } from './lexicon';
import { isNextDeed } from './next-deed';
import { glossEnd, readingOfWords } from './glosses';

export interface Content {
  kind: StatementKind;
  spans: Span[];
  quote: string;
}

/** Words after a comma (or a dash) that start the reporter's own context rather than more of the reported words. */
export const CONTEXT_AFTER_COMMA: ReadonlySet<string> = new Set([
  'while', 'as', 'although', 'though', 'whereas', 'given', 'amid', 'according', 'which', 'who', 'even', 'despite', 'citing',
  'referring', 'prompting', 'sparking', 'before', 'after', 'speaking',
]);
const CONTEXT_AFTER_DASH = new Set(['as', 'while', 'according', 'which', 'even', 'after', 'amid', 'despite']);
/** "after" without a comma still starts context when a long tail follows a complete clause. */
const LONG_TAIL = 8;
const TRIMMED = new Set(['comma', 'end', 'dash', 'colon', 'semicolon']);
/** Occasions of speaking: "during a call with", "in an Instagram post", "at a news conference" set the scene, not the words. */
const OCCASIONS = new Set([
  'call', 'conversation', 'meeting', 'interview', 'conference', 'briefing', 'speech', 'address', 'post', 'tweet', 'statement', 'video',
  'message', 'broadcast', 'summit', 'talks',
]);
const OCCASION_REACH = 5;
const RELATIVES = new Set(['which', 'who']);
const EMBEDDED_REACH = 15;

function isOccasion(tokens: Token[], at: number, to: number): boolean {
  if (!['during', 'in', 'at'].includes(tokens[at].lower)) return false;
  for (let ahead = at + 1; ahead < Math.min(to, at + OCCASION_REACH); ahead++) {
    if (tokens[ahead].kind !== 'word') return false;
    if (OCCASIONS.has(tokens[ahead].lower)) return true;
  }
  return false;
}

/** Whether "that" follows within the same stretch of plain words ("in a call with Putin on June 13 that ..."). */
function goesOnWithThat(tokens: Token[], from: number, to: number): boolean {
  for (let at = from + 1; at < to && tokens[at].kind === 'word'; at++) if (tokens[at].lower === 'that') return true;
  return false;
}

/** Deeds that set the scene of speaking ("as he gave an interview", "while she was visiting Kyiv"). */
const SETTING_VERBS = new Set([
  'gave', 'spoke', 'addressed', 'visited', 'met', 'arrived', 'presented', 'opened', 'attended', 'toured', 'travelled', 'traveled',
  'delivered', 'answered', 'appeared', 'hosted', 'signed', 'received',
]);
const SETTING_OPENERS = new Set(['as', 'while', 'when']);
const SETTING_SUBJECTS = new Set(['he', 'she', 'they']);

/** "said he was pessimistic as he gave an interview to X": the speaker's own deed after the words is the reporter's setting. */
function isSettingClause(tokens: Token[], at: number): boolean {
  if (!SETTING_OPENERS.has(tokens[at].lower) || !SETTING_SUBJECTS.has(tokens[at + 1]?.lower ?? '')) return false;
  const verb = tokens[at + 2]?.lower ?? '';
  return SETTING_VERBS.has(verb) || (['was', 'were'].includes(verb) && /^[a-z]+ing$/.test(tokens[at + 3]?.text ?? ''));
}

/** Whether the plain words of [from, to) hold a finite verb ("will", "has", "is"). */
function holdsFinite(tokens: Token[], from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (tokens[at].kind === 'word' && FINITE_MARKERS.has(tokens[at].lower)) return true;
  return false;
}

/**
 * "the Winter Games, which are hosted by China, could impact ...": a relative clause closed by a comma before the verb of
 * the clause it sits in; or, in words that so far are only an opening phrase, before the clause itself ("during the G20
 * presidency, which Brazil takes next year, the government will focus ...").
 */
function isEmbedded(tokens: Token[], from: number, at: number, to: number): boolean {
  if (!RELATIVES.has(tokens[at].lower)) return false;
  for (let ahead = at + 1; ahead < Math.min(to, at + EMBEDDED_REACH); ahead++) {
    if (tokens[ahead].kind === 'comma') {
      if (tokens[ahead + 1]?.kind === 'word' && FINITE_MARKERS.has(tokens[ahead + 1].lower)) return true;
      let chunkEnd = ahead + 1;
      while (chunkEnd < to && tokens[chunkEnd].kind === 'word') chunkEnd++;
      return !holdsFinite(tokens, from, at) && holdsFinite(tokens, ahead + 1, chunkEnd);
    }
    if (tokens[ahead].kind !== 'word' && tokens[ahead].kind !== 'quote') return false;
  }
  return false;
}

function cutContext(text: string, tokens: Token[], from: number, to: number): number {
  for (let at = from + 1; at < to; at++) {
    const token = tokens[at];
    const next = tokens[at + 1];
    if (token.kind === 'semicolon') return at;
    // "entering Rostov, a large city ... that the command uses as its base.": a gloss ending the words is the reporter's.
    if (token.kind === 'comma' && glossEnd(tokens, at, to) >= to) return at;
    const closesClause = token.kind === 'comma' || (token.kind === 'quote' && endsWithComma(text, token));
    if (closesClause && next?.kind === 'word' && CONTEXT_AFTER_COMMA.has(next.lower) && !isEmbedded(tokens, from, at + 1, to)) {
      return token.kind === 'quote' ? at + 1 : at;
    }
    if (token.kind === 'dash' && next?.kind === 'word' && (CONTEXT_AFTER_DASH.has(next.lower) || /^[a-z]+ing$/.test(next.text))) return at;
    // "it was not the time for war, in an apparent criticism": the reporter's reading of the words.
    if (closesClause && next?.lower === 'in' && readingOfWords(tokens, at + 2, to)) return token.kind === 'quote' ? at + 1 : at;
    if (token.kind === 'word' && (token.lower === 'after' || token.lower === 'amid') && at - from >= 6 && to - at > LONG_TAIL) return at;
    // "had made it clear in a call with Putin on June 13 that he stood by ...": an occasion the words go on after is theirs.
    if (token.kind === 'word' && at - from >= 4 && isOccasion(tokens, at, to) && !goesOnWithThat(tokens, at, to)) return at;
    if (token.kind === 'word' && at - from >= 4 && isSettingClause(tokens, at)) return at;
    if (token.kind === 'word' && isNextDeed(tokens, from, at)) return at;
  }
  return to;
}

function trimSpan(text: string, span: Span, trailing: RegExp, leading = true): Span {
  let { start, end } = span;
  while (leading && start < end && /\s/.test(text[start])) start++;
  while (end > start && trailing.test(text[end - 1])) end--;
  return { start, end };
}

/** A wire dateline opening the sentence ("MINSK, 7 February (BelTA) –") is not part of what was said. */
function afterDateline(text: string, tokens: Token[], from: number, to: number): number {
  for (let at = from; at < Math.min(to, from + 12); at++) {
    if (tokens[at].kind !== 'dash') continue;
    const opening = text.slice(tokens[from].start, tokens[at].start);
    return /^(?:\p{Lu}{3,}|[\p{Lu}][\p{L} .]+,.*\(\p{L}+\))/u.test(opening) && /,|\(/.test(opening) ? at + 1 : from;
  }
  return from;
}

/**
 * The reported words in tokens [from, to). Lead content ("said that ...") loses trailing context; one quotation
 * alone is direct speech, quotations among other words make it mixed, no quotation makes it indirect.
 */
export function readContent(text: string, tokens: Token[], from: number, to: number, lead: boolean): Content | undefined {
  let end = lead ? cutContext(text, tokens, from, to) : to;
  let start = from;
  while (start < end && TRIMMED.has(tokens[start].kind)) start++;
  while (end > start && (TRIMMED.has(tokens[end - 1].kind) || tokens[end - 1].kind === 'close' && !tokens.slice(start, end).some((t) => t.kind === 'open'))) end--;
  if (end <= start) return undefined;
  start = afterDateline(text, tokens, start, end);
  if (end - start === 1 && tokens[start].kind === 'quote') {
    const pieces = tokens[start].quotation!.inner.map((piece) => trimSpan(text, piece, /[\s,]/)).filter((piece) => piece.end > piece.start);
    if (!pieces.length) return undefined;
    return { kind: 'direct', spans: pieces, quote: pieces.map((piece) => text.slice(piece.start, piece.end)).join(' ') };
  }
  const spans: Span[] = [];
  let cursor = tokens[start].start;
  let quoted = false;
  for (let at = start; at < end; at++) {
    const token = tokens[at];
    // "opened a case against Prigozhin, once considered one of Putin's most trusted fixers, and declared": a gloss is left out.
    const gloss = lead && token.kind === 'comma' ? glossEnd(tokens, at, end) : -1;
    if (gloss > at && gloss < end) {
      if (cursor < token.start) spans.push({ start: cursor, end: token.start });
      cursor = tokens[gloss].end;
      at = gloss;
      continue;
    }
    if (token.kind !== 'quote') continue;
    quoted = true;
    if (cursor < token.start) spans.push({ start: cursor, end: token.start });
    spans.push(...token.quotation!.inner);
    cursor = token.end;
  }
  if (cursor < tokens[end - 1].end) spans.push({ start: cursor, end: tokens[end - 1].end });
  const last = spans.length - 1;
  spans[last] = trimSpan(text, spans[last], /[\s.,;:!?]/, last === 0);
  spans[0] = trimSpan(text, spans[0], /(?!)/);
  const kept = spans.filter((span) => span.end > span.start);
  if (!kept.length) return undefined;
  return { kind: quoted ? 'mixed' : 'indirect', spans: kept, quote: kept.map((span) => text.slice(span.start, span.end)).join('') };
}
