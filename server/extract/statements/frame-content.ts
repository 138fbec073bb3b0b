// Reads what a frame reports: its content with a parenthetical attribution joined, or the sentence before for "said this".
import type { Token } from './tokens';
import type { Frame } from './frames';
import { CONTEXT_AFTER_COMMA, readContent, type Content } from './content';
import { FINITE_MARKERS } from './lexicon';
import { skipAdverbials } from './complements';
import { isBareVerb } from '../language/lexicon';
import { IRREGULAR_PASTS } from '../language/inflect';
import { DETERMINERS } from '../language/words';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/** How many words after the verb may show that a clause, not a bare noun phrase, follows. */
const NOUN_PHRASE_WINDOW = 12;
const RELATIVES = new Set(['which', 'who', 'whom', 'whose']);
/** How long an aside between dashes may be. */
const ASIDE_WORDS = 16;

/**
 * A bare noun phrase after "announced", "promised" is not yet a statement, though it holds a quoted fragment ("announced a
 * “no limits” partnership"); a clause, a whole quotation or "to" makes it one.
 */
export function reportsSomething(tokens: Token[], frame: Frame, content: Content): boolean {
  // "which she said was to ...": a predicate without its subject says something only when it is long enough.
  const first = tokens[frame.contentFrom];
  if (frame.direction === 'lead' && first && FINITE_MARKERS.has(first.lower) && frame.contentTo - frame.contentFrom < 6) return false;
  if (content.kind === 'direct' || !bareObject(tokens, frame, content.spans[content.spans.length - 1].end)) return true;
  // "pledged continued “deliveries of weapons and support”": a noun phrase mostly in the speaker's own words still is.
  return content.kind === 'mixed' && quotedShare(tokens, frame) > HALF;
}

const HALF = 0.5;
const wordCount = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;

/** The share of the content's words that stand inside quotation marks. */
function quotedShare(tokens: Token[], frame: Frame): number {
  const content = tokens.slice(frame.contentFrom, frame.contentTo);
  const quoted = content.filter((token) => token.kind === 'quote').reduce((sum, token) => sum + wordCount(token.text), 0);
  const all = content.reduce((sum, token) => sum + (token.kind === 'quote' ? wordCount(token.text) : token.kind === 'word' ? 1 : 0), 0);
  return all ? quoted / all : 0;
}

/** "announced drills involving ...", "thanked the volunteers": the verb's object is a noun phrase, not a clause, up to `end`. */
export function bareObject(tokens: Token[], frame: Frame, end: number): boolean {
  if (frame.ruleId !== 'statement.reported-clause' || !frame.verb?.object) return false;
  // Only the words up to a comma or a relative pronoun: "requested a meeting with Putin which was rejected" has no clause of its own.
  const words: Token[] = [];
  for (let at = frame.contentFrom; at < frame.contentTo && words.length < NOUN_PHRASE_WINDOW && tokens[at].start < end; at++) {
    if (tokens[at].kind === 'comma' || RELATIVES.has(tokens[at].lower)) break;
    // "China's economic rise – now the world's second largest economy – could be targeted": an aside between dashes is skipped.
    const asideEnd = tokens[at].kind === 'dash' ? tokens.findIndex((token, after) => after > at && after <= at + ASIDE_WORDS && token.kind === 'dash') : -1;
    if (asideEnd > 0) { at = asideEnd; continue; }
    words.push(tokens[at]);
  }
  // "denied planning to invade": a gerund object is a clause, and so is "declared the airspace to be ..."; "thanked X for
  // Y", "likened X to Y": the verb's own preposition.
  const linked = new Set(frame.verb.with ?? []);
  // "accused China and Russia being “aggressors”": "being" stands for "of being" after the object.
  const ofBeing = (token: Token, at: number) => at > 0 && linked.has('of') && token.lower === 'being';
  return !(words.some((token, at) => FINITE_MARKERS.has(token.lower) || (at > 0 && token.kind === 'word' && /[a-z]ed$/.test(token.lower))
    || (at > 0 && linked.has(token.lower)) || ofBeing(token, at) || presentVerbAt(words, at) || (token.lower === 'to' && words[at + 1]?.lower === 'be'))
    || /^[a-z]+ing$/.test(words[0]?.text ?? ''));
}

/** "the country “discourages” the use", "he sees NATO as", "the dam held": a present or irregular past verb after its subject makes a clause. */
function presentVerbAt(words: Token[], at: number): boolean {
  const word = words[at].kind === 'quote' ? words[at].text.replace(/^\W+|\W+$/g, '').toLowerCase() : words[at].lower;
  const present = /^[a-z]+[^s']s$/.test(word) && (isBareVerb(word.slice(0, -1)) || (/es$/.test(word) && isBareVerb(word.slice(0, -2))));
  // "stressed the dam held": an irregular past after its subject does too.
  if (at === 0 || !(present || IRREGULAR_PASTS.has(word))) return false;
  // The subject opens the words ("the capability it needs" is a noun phrase with a relative clause).
  const before = words[at - 1];
  return (at === 1 && SUBJECT_PRONOUNS.has(before.lower))
    || (at === 2 && before.kind === 'word' && /^[a-z]+$/.test(before.text) && !DETERMINERS.has(before.lower) && DETERMINERS.has(words[0].lower));
}

/** Words that only link a sentence to the one before ("But, he said, ..."). */
const CONNECTIVES = new Set(['but', 'and', 'so', 'yet', 'still', 'however', 'indeed', 'instead', 'now', 'then', 'also', 'meanwhile', 'moreover']);

/** How short a clause may be before an attribution set inside it ("Lithuania's actions, Landsbergis said, were ..."). */
const PARENTHESIS_BEFORE = 8;
const QUOTED_ON_REACH = 3;

/** "The attack, he said, was planned": the words after a parenthetical attribution belong to the same statement. */
function withParenthesis(text: string, tokens: Token[], frame: Frame, content: Content | undefined, frames: Frame[]): Content | undefined {
  const after = frame.attributionTo;
  const last = frames[frames.length - 1] === frame;
  if (!content || content.kind === 'direct' || frame.direction !== 'trail' || !last || tokens[after]?.kind !== 'comma') return content;
  const going = tokens[after + 1];
  // "Territory had been captured slowly, he said, and “at even higher cost”": longer words go on when the speaker's own
  // quoted words follow at once.
  const quotedOn = tokens.slice(after + 1, after + 1 + QUOTED_ON_REACH).some((token) => token.kind === 'quote');
  if ((frame.contentTo - frame.contentFrom > PARENTHESIS_BEFORE && !quotedOn) || going?.kind !== 'word') return content;
  // "But, Minic cautioned, even when ...": before the attribution only a connective, so the words are all after it.
  // "And on Saturday, it said, Russian missiles were fired": connectives and a setting of time or place are no words of the speaker.
  let from = frame.contentFrom;
  while (from < frame.contentTo && (tokens[from].kind !== 'word' || CONNECTIVES.has(tokens[from].lower))) from++;
  const setting = skipAdverbials(tokens, from);
  const bare = from >= frame.contentTo || (setting > from && tokens.slice(setting, frame.contentTo).every((token) => token.kind !== 'word'));
  if (!bare && !/^[a-z]/.test(going.text)) return content;
  // "..., he said, lashing out at ...": a participle or a connective after the attribution is the reporter's context.
  if (!bare && (/ing$/.test(going.lower) || CONTEXT_AFTER_COMMA.has(going.lower))) return content;
  const rest = readContent(text, tokens, after + 1, tokens.length, true);
  if (!rest) return content;
  if (bare) return rest;
  const spans = [...content.spans, ...rest.spans];
  const kind = content.kind === 'mixed' || rest.kind !== 'indirect' ? 'mixed' : 'indirect';
  return { kind, spans, quote: `${content.quote} ${rest.quote}` };
}

/** The content of a frame in its unit's tokens; `before` is the previous unit's tokens, for an anaphoric "said this". */
export function frameContent(text: string, tokens: Token[], frame: Frame, frames: Frame[], before: Token[] | undefined): Content | undefined {
  if (frame.ruleId === 'statement.said-this') return before?.length ? readContent(text, before, 0, before.length, false) : undefined;
  const from = frame.direction === 'trail' ? pastConnective(tokens, frame.contentFrom, frame.contentTo) : frame.contentFrom;
  return withParenthesis(text, tokens, frame, readContent(text, tokens, from, frame.contentTo, frame.direction === 'lead'), frames);
}

/** "However, ..., according to the newspaper": a connective and its comma opening the sentence link it to the reporter's last. */
function pastConnective(tokens: Token[], from: number, to: number): number {
  const linked = tokens[from]?.kind === 'word' && CONNECTIVES.has(tokens[from].lower) && tokens[from + 1]?.kind === 'comma';
  // "But, Minic cautioned, even when ...": nothing but the connective before a parenthetical attribution keeps it.
  return linked && tokens.slice(from + 2, to).some((token) => token.kind === 'word' || token.kind === 'quote') ? from + 2 : from;
}
