// Splits the article into sentences with offsets: lines are blocks, furniture is left out, abbreviations do not end a sentence.
import type { Message, Sentence, Span } from '../types';

/**
 * Longer runs without a sentence end are not prose (tables, lists flattened into one line, mangled input): they are
 * cut into chunks of at most this many characters, so that every later stage works on bounded sentences.
 */
export const MAX_SENTENCE_LENGTH = 2000;
/** A chunk is cut at the last clause break or space in its final stretch of this many characters, else mid-word. */
const CUT_SEARCH = 500;

// A stop ends a sentence before a space, or before an opening quotation glued to it ("BelTA has learned.“The ...").
const TERMINATOR = /[.!?…]+[”"’'»)\]]*(?=\s|$|[“"](?=\p{Lu}))/gu;
const ABBREVIATIONS = new Set(('Mr Mrs Ms Dr Gen Lt Col Maj Capt Sgt Adm Gov Sen Rep St Jr Sr Prof Rev Pres Messrs Dept Univ '
  + 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos vs Inc Ltd Co Corp Mt Ft Ave Blvd approx est Lt-Gen Maj-Gen').split(' '));
/** Words that open a new sentence after a dotted acronym ("... in the U.S. The ..."), unlike names ("U.S. Senate"). */
const SENTENCE_STARTERS = new Set(('The But He She It They We I In On At A An This That These Those There His Her Their Its Our As '
  + 'After Before When While However Meanwhile And So Yet If Although Some Many Most According Still Now Then Earlier Later').split(' '));

/** The parts of the text's lines that are not furniture, trimmed of white space. */
function contentBlocks(text: string, furniture: Span[]): Span[] {
  const cuts = [...furniture].sort((a, b) => a.start - b.start);
  const blocks: Span[] = [];
  let cut = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) blocks.push({ start, end });
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let from = lineStart;
    while (cut < cuts.length && cuts[cut].end <= from) cut++;
    for (let c = cut; c < cuts.length && cuts[c].start < lineEnd; c++) {
      push(from, Math.max(from, cuts[c].start));
      from = Math.max(from, cuts[c].end);
    }
    push(from, lineEnd);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return blocks;
}

/** A name of up to four words and a verb of saying: the attribution after a quote. */
const TRAILING_ATTRIBUTION = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:said|says|asked|asks|added|adds|wrote|writes|told|tweeted|replied|exclaimed|insisted|wondered)\b/u;

/** The word just before position `at` (looking back a bounded stretch, so long lines stay linear). */
function wordBefore(body: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < 40 && !/\s/.test(body[start - 1])) start--;
  return body.slice(start, at);
}

function endsSentence(body: string, at: number, mark: string): boolean {
  let next = at;
  while (next < body.length && /\s/.test(body[next])) next++;
  if (next >= body.length) return true;
  const rest = body.slice(next, next + 30);
  if (/^\p{Ll}/u.test(rest)) return false;
  // "“Why?” Vladimir Makei asked.": a quoted question or exclamation and its attribution are one sentence.
  if (/[?!…]/.test(mark) && /[”"’'»]$/.test(mark) && TRAILING_ATTRIBUTION.test(body.slice(next, next + 60))) return false;
  if (mark !== '.') return true;
  const word = wordBefore(body, at - 1);
  if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(rest.match(/^[“"‘']?(\p{L}+)/u)?.[1] ?? '');
  return true;
}

/** Where to cut a run that starts at `start` and is too long: after a clause break or a space near the limit. */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_LENGTH;
  let space = -1;
  for (let at = limit; at > limit - CUT_SEARCH; at--) {
    const char = text[at - 1];
    if (/[;,:—–)]/.test(char) && /\s/.test(text[at] ?? ' ')) return at;
    if (space < 0 && /\s/.test(text[at] ?? ' ')) space = at;
  }
  if (space > 0) return space;
  // Keep a surrogate pair whole.
  return /[\ud800-\udbff]/.test(text[limit - 1]) ? limit - 1 : limit;
}

/** Pushes [start, end) as one sentence, or as bounded chunks when it is too long to be one. */
function pushSentence(text: string, start: number, end: number, out: SentenceSplit): void {
  if (end - start > MAX_SENTENCE_LENGTH) {
    out.messages.push({
      reason: `A run of ${end - start} characters without a sentence end was read in chunks of at most ${MAX_SENTENCE_LENGTH}`,
      ruleId: 'sentences/overlong', severity: 'info', place: { start, end },
    });
  }
  while (end - start > MAX_SENTENCE_LENGTH) {
    let cut = cutPoint(text, start);
    let chunkEnd = cut;
    while (chunkEnd > start && /\s/.test(text[chunkEnd - 1])) chunkEnd--;
    if (chunkEnd > start) out.sentences.push({ index: out.sentences.length, start, end: chunkEnd });
    while (cut < end && /\s/.test(text[cut])) cut++;
    start = cut;
  }
  if (end > start) out.sentences.push({ index: out.sentences.length, start, end });
}

function splitBlock(text: string, block: Span, out: SentenceSplit): void {
  const body = text.slice(block.start, block.end);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(body); m; m = TERMINATOR.exec(body)) {
    const end = m.index + m[0].length;
    if (end >= body.length || !endsSentence(body, end, m[0])) continue;
    pushSentence(text, block.start + start, block.start + end, out);
    start = end;
    while (start < body.length && /\s/.test(body[start])) start++;
  }
  if (start < body.length) pushSentence(text, block.start + start, block.end, out);
}

export interface SentenceSplit {
  sentences: Sentence[];
  /** Runs too long to be sentences, read in chunks. */
  messages: Message[];
}

/** The sentences of the text outside furniture, with a message for each overlong run cut into chunks. */
export function splitText(text: string, furniture: Span[]): SentenceSplit {
  const out: SentenceSplit = { sentences: [], messages: [] };
  for (const block of contentBlocks(text, furniture)) splitBlock(text, block, out);
  return out;
}

export function splitSentences(text: string, furniture: Span[]): Sentence[] {
  return splitText(text, furniture).sentences;
}
