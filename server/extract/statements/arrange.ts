// Orders a unit's frames: drops speech embedded in reported words, bounds each content, and finds quotes that go on after an attribution.
import type { Token } from './tokens';
import { SUBJECT_PRONOUNS } from '../language/words';
import { bareObject } from './frame-content';
import { holdsClause, type Frame } from './frames';
import { nextDeedAt, perfectBefore, reportsClause } from './next-deed';
import { CLAIM_NOUNS, FINITE_MARKERS, GENERIC_GROUP_NOUNS, PREPOSITIONS } from './lexicon';

/** Words opening a clause of its own; "with" only reaches here before a participle (", with the governor writing that ..."). */
const OPENERS = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'whereas', 'although', 'though', 'but', 'where', 'and', 'given', 'which', 'who', 'whom', 'what', 'with']);

/** Subordinators that may open a sentence with speech of their own before its main clause ("After Macron said ..., Putin warned"). */
const SUBORDINATE_OPENERS = new Set(['after', 'when', 'while', 'as', 'before', 'since', 'once', 'if', 'although', 'though', 'because']);

/**
 * A frame opened by "while", "as", "and" has a clause of its own; so does the main clause after a comma when the open frame
 * sits in a subordinate clause opening the sentence ("After Macron said that ..., Putin warned “...”"). Otherwise it is
 * speech inside the reported words.
 */
function startsNewClause(tokens: Token[], frame: Frame, open?: Frame): boolean {
  const opener = tokens[frame.attributionFrom];
  const mainAfterSubordinate = !!open && open.ruleId !== 'statement.as-said' && SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? '') && open.attributionFrom <= 1
    && frame.subject.kind === 'phrase' && tokens[frame.attributionFrom - 1]?.kind === 'comma';
  return OPENERS.has(opener?.lower ?? '') || tokens[frame.attributionFrom - 1]?.kind === 'semicolon' || mainAfterSubordinate;
}

/** Attributions whose content a frame of its own may open ("According to X, Y said", "As reported by X, Y said"). */
const OPENERS_REPLACED = new Set(['statement.according-to', 'statement.passive-by', 'statement.attribution-colon']);
/** Of those, the ones naming a party the words came through ("According to Reuters, ...", "As reported by Ukrinform, ..."). */
const PASSING_ON = new Set(['statement.according-to', 'statement.passive-by']);

/**
 * A frame that opens exactly where another's content starts takes its place: "According to X, Y said that ...",
 * a subhead ending in a verb ("Corridor agreed: the minister said ..."), "recalled a statement by X that ...".
 */
function replaces(open: Frame, frame: Frame): boolean {
  const opener = OPENERS_REPLACED.has(open.ruleId) || frame.ruleId === 'statement.statement-by';
  return opener && frame.attributionFrom === open.contentFrom && frame.direction === 'lead';
}

const RELATIVE_OPENERS = new Set(['which', 'who', 'whom']);
const PRONOUNS = new Set(SUBJECT_PRONOUNS);

/** "..., which she described as ...", "..., which he said happened ...": a relative aside whose subject is a pronoun. */
export function pronounAside(tokens: Token[], frame: Frame): boolean {
  const { subject } = frame;
  return RELATIVE_OPENERS.has(tokens[frame.attributionFrom]?.lower ?? '') && subject.kind === 'phrase' && subject.to === subject.from + 1
    && PRONOUNS.has(tokens[subject.from].lower);
}

function sourceOf(open: Frame, frame: Frame): [number, number] | undefined {
  return frame.ruleId === 'statement.statement-by' && open.subject.kind === 'phrase' ? [open.subject.from, open.subject.to] : frame.source;
}

/** "Lavrov said that ..., the foreign ministry said.": a trailing attribution closing the unit names the source of the report. */
function isSource(tokens: Token[], frame: Frame): boolean {
  return frame.direction === 'trail' && frame.subject.kind === 'phrase' && tokens[frame.attributionFrom - 1]?.kind === 'comma'
    && tokens.slice(frame.attributionTo).every((token) => token.kind === 'end');
}

function barePhraseBefore(tokens: Token[], open: Frame, frame: Frame): boolean {
  // "Kishida announced a new plan ..., according to Reuters", "..., Reuters reported": an outlet passing on a deed says
  // nothing itself, unless the deed is told inside another clause ("It was the first time Russia has announced ...").
  const embedded = FINITE_MARKERS.has(tokens[open.attributionFrom]?.lower ?? '');
  if ((frame.ruleId === 'statement.according-to' || frame.verb?.lemma === 'report') && !embedded) return false;
  const words = tokens.slice(open.contentFrom, frame.attributionFrom);
  return !words.some((token) => token.kind === 'quote') && bareObject(tokens, open, tokens[frame.attributionFrom - 1]?.end ?? 0);
}

/** Words opening a quantified group ("most residents", "more than half of those detained", "the vast majority of ..."). */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'few', 'several', 'more', 'half', 'dozens', 'hundreds', 'thousands', 'none']);
const QUANTITY_WORDS = new Set(['the', 'a', 'vast', 'majority', 'than', 'number', 'large', 'one', 'third', 'quarter']);

/**
 * "Most residents said ...", "The vast majority of those interviewed said ...": a lower-case group of nobody in particular,
 * whose speech a closing attribution reports as part of its own words.
 */
function anonymousGroup(tokens: Token[], frame: Frame): boolean {
  if (frame.subject.kind !== 'phrase') return false;
  const lower = tokens.slice(frame.subject.from, frame.subject.to).map((token) => token.lower);
  // The group's own words, before a preposition's object ("those detained by Ukrainian forces", "residents of Kherson"),
  // past a quantity ("the vast majority of those interviewed").
  const quantity = lower.indexOf('of') > 0 && lower.slice(0, lower.indexOf('of')).every((word) => QUANTIFIERS.has(word) || QUANTITY_WORDS.has(word));
  const cut = lower.findIndex((word, at) => at > 0 && PREPOSITIONS.has(word) && !(quantity && at === lower.indexOf('of')));
  const own = tokens.slice(frame.subject.from, cut < 0 ? frame.subject.to : frame.subject.from + cut);
  if (own.some((token, at) => at > 0 && /^\p{Lu}/u.test(token.text))) return false;
  const head = own[own.length - 1].lower;
  return QUANTIFIERS.has(lower[0]) || QUANTIFIERS.has(lower[1] ?? '') || lower.includes('those') || GENERIC_GROUP_NOUNS.has(head);
}

/** "something Russia denied", "a claim Kyiv denied", "an allegation Moscow rejects": a reply's subject. */
function replyOpener(tokens: Token[], from: number): boolean {
  const first = tokens[from].lower;
  return first === 'something' || (['a', 'an'].includes(first) && CLAIM_NOUNS.has(tokens[from + 1]?.lower ?? ''));
}

/** Keeps the frames that report speech of their own and sets where each one's content ends. */
export function arrangeFrames(tokens: Token[], frames: Frame[]): Frame[] {
  const kept: Frame[] = [];
  for (const frame of frames) {
    let open = kept.find((k) => k.direction === 'lead' && frame.verbFrom >= k.contentFrom && frame.verbFrom < k.contentTo);
    // "It was the first time Russia has announced drills ..., according to the AP": a verb with a bare noun phrase before a
    // trailing attribution reports nothing of its own; the attribution covers the sentence.
    // "..., something Russia has repeatedly denied", "..., a claim Kyiv denied": a reply that ends the words, not where they came from.
    if (open && frame.direction === 'trail' && frame.subject.kind === 'phrase' && replyOpener(tokens, frame.subject.from)) {
      open.contentTo = frame.attributionFrom;
      continue;
    }
    // "Most residents said the water was off, the governor said": the group's speech is what the governor reports.
    const reportsGroup = open && isSource(tokens, frame) && anonymousGroup(tokens, open);
    if (open && frame.direction === 'trail' && (reportsGroup || barePhraseBefore(tokens, open, frame))) {
      kept.splice(kept.indexOf(open), 1);
      open = undefined;
    }
    // "said that it had opened a criminal case ... and declared him to be a “foreign agent”": a participle joined by "and"
    // shares the perfect of the words, so it is more of them, not the speaker's next act.
    // "has already taken villages, and noted that ...": a verb reporting a clause of its own is the speaker's next act still.
    if (open && frame.subject.kind === 'inherited' && tokens[frame.verbFrom - 1]?.lower === 'and' && /ed$/.test(tokens[frame.verbFrom].lower)
      && perfectBefore(tokens, open.contentFrom, frame.verbFrom) && !reportsClause(tokens, frame.verbTo)) continue;
    if (open) {
      if (replaces(open, frame)) {
        kept.splice(kept.indexOf(open), 1, { ...frame, via: PASSING_ON.has(open.ruleId) ? open.via : frame.via, source: sourceOf(open, frame) });
        continue;
      }
      if (isSource(tokens, frame)) {
        open.contentTo = frame.attributionFrom;
        if (frame.subject.kind === 'phrase') open.source = [frame.subject.from, frame.subject.to];
        continue;
      }
      // "went on to commend X and expressed concern at Y that it said could ...": speech after the speaker's next deed is
      // outside the words, so it is reported on its own.
      const newClause = startsNewClause(tokens, frame, open);
      const deed = frame.subject.kind === 'inherited' || newClause ? -1 : nextDeedAt(tokens, open.contentFrom, frame.attributionFrom);
      if (frame.subject.kind !== 'inherited' && !newClause && deed >= frame.attributionFrom) continue;
      open.contentTo = deed >= 0 ? deed : frame.attributionFrom;
    }
    if (frame.direction === 'trail') {
      const previous = kept[kept.length - 1];
      frame.contentFrom = previous ? Math.max(previous.attributionTo, previous.direction === 'lead' ? previous.contentTo : 0) : 0;
      if (previous?.direction === 'lead' && previous.contentTo > frame.attributionFrom) previous.contentTo = frame.attributionFrom;
    }
    kept.push(frame);
  }
  for (const frame of kept) if (frame.direction === 'lead') frame.contentTo = Math.min(frame.contentTo, mainClauseAt(tokens, frame));
  return kept;
}

/** Words after a comma that go on inside the subordinate clause rather than open the main one. */
const INNER_OPENERS = new Set([...SUBORDINATE_OPENERS, 'which', 'who', 'whom', 'that', 'and', 'but', 'or', 'if', 'unless', 'including', 'such']);

/**
 * "When Kovalenko said the war was over, the crowd cheered": words reported in a subordinate clause opening the sentence
 * end where its main clause starts, at a comma before a clause of its own; `tokens.length` otherwise.
 */
function mainClauseAt(tokens: Token[], frame: Frame): number {
  // A main clause that reports speech of its own already bounds the words ("After X said ..., Y warned").
  if (!SUBORDINATE_OPENERS.has(tokens[0]?.lower ?? '') || frame.attributionFrom > 1 || frame.ruleId === 'statement.as-said' || frame.contentTo < tokens.length) {
    return tokens.length;
  }
  // The last such comma: "said that, if attacked, the city would fight, the crowd cheered".
  for (let at = frame.contentTo - 2; at > frame.contentFrom; at--) {
    const next = tokens[at + 1];
    if (tokens[at].kind !== 'comma' || next?.kind !== 'word' || INNER_OPENERS.has(next.lower) || PREPOSITIONS.has(next.lower)) continue;
    if (holdsClause(tokens, at + 1)) return at;
  }
  return tokens.length;
}

/**
 * A quotation left after a trailing attribution with nothing but punctuation before the unit's end
 * ("“A,” he said, “B.”") goes on in the same speaker's words: a frame with the subject inherited.
 */
export function quotesAfterAttribution(tokens: Token[], frames: Frame[]): Frame[] {
  const last = frames[frames.length - 1];
  if (!last || last.direction !== 'trail') return [];
  let at = last.attributionTo;
  while (at < tokens.length && tokens[at].kind === 'comma') at++;
  const quote = tokens[at];
  if (!quote || quote.kind !== 'quote' || !tokens.slice(at + 1).every((token) => token.kind === 'end')) return [];
  return [{
    ...last, subject: { kind: 'inherited' }, direction: 'lead', contentFrom: at, contentTo: at + 1, via: undefined,
    ruleId: 'statement.split-quotation',
  }];
}
