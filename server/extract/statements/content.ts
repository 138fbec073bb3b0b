// Turns a frame's content tokens into the quote: kind, spans without marks, and the reporter's context cut off.
import type { Span, StatementKind } from '../types';
import { endsWithComma, type Token } from './tokens';
import { FINITE_MARKERS, SPEECH_VERBS } from './lexicon';

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
const MODALS = new Set(['could', 'would', 'will', 'can', 'may', 'might', 'should', 'must', 'to']);
const TENSED = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are']);
const PERFECT = new Set(['had', 'has', 'have']);
/** Past forms that go on with the speaker's next deed ("would be allowed but didn't say"). */
const PAST_DEEDS = /^(?:[a-z]+ed|didn't|did|gave|went|took|made|left|spoke|met|held|sent)$/;
/** Verbs that only a speaker does ("expressed support", "voiced concern"), never the reported words' own subject in a report. */
const EXPRESSING = new Set(['expressed', 'voiced']);
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

/**
 * "could happen at any time, but pushed back", "not to panic and pushed back": a past-tense verb cannot go on a
 * modal or infinitive clause, so it starts the reporter's account of what the speaker did next.
 */
function isNextDeed(tokens: Token[], from: number, at: number): boolean {
  const next = tokens[at + 1];
  if (!['and', 'but'].includes(tokens[at].lower) || next?.kind !== 'word' || !PAST_DEEDS.test(next.lower) || !/^[a-z]/.test(next.text)) return false;
  // "said it had opened a case ... and declared him a “foreign agent”": a participle after "and" shares the words' perfect.
  if (/ed$/.test(next.lower) && perfectBefore(tokens, from, at)) return false;
  // "accused the US of waging a proxy war and warned of ...": a reporting verb after "and" is the speaker's next act, and so is
  // a verb of expressing ("said it was witnessing ... and expressed support for ...").
  if (SPEECH_VERBS.has(next.lower) || EXPRESSING.has(next.lower)) return true;
  for (let back = at - 1; back >= from; back--) {
    if (TENSED.has(tokens[back].lower)) return false;
    if (MODALS.has(tokens[back].lower)) return true;
  }
  return false;
}

/** Where the speaker's next deed ends the words in tokens [from, to) ("... and expressed concern at ..."), or `to`. */
export function nextDeedAt(tokens: Token[], from: number, to: number): number {
  for (let at = from + 1; at < to; at++) if (tokens[at].kind === 'word' && isNextDeed(tokens, from, at)) return at;
  return to;
}

/** Whether the words from `from` to `at` hold a perfect auxiliary ("it had opened ..."). */
export function perfectBefore(tokens: Token[], from: number, at: number): boolean {
  for (let back = at - 1; back >= from; back--) if (PERFECT.has(tokens[back].lower)) return true;
  return false;
}

/** "the Winter Games, which are hosted by China, could impact ...": a relative clause closed by a comma before the verb of the clause it sits in. */
function isEmbedded(tokens: Token[], at: number, to: number): boolean {
  if (!RELATIVES.has(tokens[at].lower)) return false;
  for (let ahead = at + 1; ahead < Math.min(to, at + EMBEDDED_REACH); ahead++) {
    if (tokens[ahead].kind === 'comma') return tokens[ahead + 1]?.kind === 'word' && FINITE_MARKERS.has(tokens[ahead + 1].lower);
    if (tokens[ahead].kind !== 'word' && tokens[ahead].kind !== 'quote') return false;
  }
  return false;
}

/** Words opening a reporter's gloss on a name: "a large city in ...", "once considered one of ...". */
const GLOSS_OPENERS = new Set(['a', 'an', 'once', 'formerly']);
const GLOSS_WORDS = 20;

/**
 * "Rostov, a large city in the south of Russia that the command uses", "Prigozhin, once considered one of Putin's fixers,":
 * the reporter's gloss on the name before the comma at `comma`, up to the next comma or the words' end; its end, or -1.
 */
function glossEnd(tokens: Token[], comma: number, to: number): number {
  const name = tokens[comma - 1];
  const first = tokens[comma + 1];
  if (!name || !/^\p{Lu}/u.test(name.text) || !first || !GLOSS_OPENERS.has(first.text) || !/^[a-z]/.test(tokens[comma + 2]?.text ?? '')) return -1;
  // "once considered": only a participle follows "once"; "a city ..." has no verb of its own before a relative pronoun.
  if ((first.text === 'once' || first.text === 'formerly') && !/ed$/.test(tokens[comma + 2].text)) return -1;
  let relative = false;
  for (let at = comma + 2; at < to; at++) {
    const token = tokens[at];
    // A gloss has a head after its opener ("a nuclear power"; "a reasonable, smart person" lists adjectives); a stop ends the words.
    if (token.kind === 'end') return to;
    if (token.kind === 'comma') return at > comma + 3 ? at : -1;
    if (token.kind !== 'word' || (!relative && at >= comma + GLOSS_WORDS)) return -1;
    relative ||= RELATIVES.has(token.lower) || token.lower === 'that';
    if (!relative && FINITE_MARKERS.has(token.lower)) return -1;
  }
  return to;
}

/** Nouns of the reporter's reading of what was said: "in an apparent criticism", "in a veiled swipe at". */
const READINGS = new Set(['criticism', 'reference', 'swipe', 'dig', 'jab', 'rebuke', 'nod', 'allusion', 'rebuff', 'warning', 'signal', 'message']);
const READING_REACH = 4;

/** "a veiled swipe", "an apparent reference": an article, a few adjectives, then a noun of reading. */
function readingOfWords(tokens: Token[], from: number, to: number): boolean {
  if (!['a', 'an'].includes(tokens[from]?.lower ?? '')) return false;
  for (let at = from + 1; at < Math.min(to, from + READING_REACH); at++) {
    if (tokens[at].kind !== 'word') return false;
    if (READINGS.has(tokens[at].lower)) return true;
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
    if (closesClause && next?.kind === 'word' && CONTEXT_AFTER_COMMA.has(next.lower) && !isEmbedded(tokens, at + 1, to)) {
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
