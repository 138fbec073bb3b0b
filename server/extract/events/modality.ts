// Tells asserted events from hedged, planned, hypothetical, future and denied ones, from cue words in the trigger's clause.
import { forcedDoer, meansVerbBefore } from './subject-cues';
import type { SentenceView } from './view';

export type Judgement = { factual: true } | { factual: false; reason: string };

// Clause openers: a cue in the main clause does not reach a deed told in a clause of time or cause ("possible after forces retook").
const BOUNDARIES = new Set([',', ';', ':', '(', ')', '–', '—', '-', '?', '!', 'but', 'while', 'whereas', 'although',
  'though', 'however', 'meanwhile', 'after', 'since', 'because', 'when', 'as']);
const HEDGES = new RegExp('\\b(?:will|would|could|might|may|shall|should|must|can|cannot|if|unless|until|whether'
  + '|set to|about to|expected to|expects?|expecting|likely|unlikely|possible|possibly|potentially'
  + '|plans? to|planned to|planning to|aim(?:s|ed|ing)? to|intend(?:s|ed|ing)? to|want(?:s|ed|ing)? to|seek(?:s|ing)? to'
  + '|sought to|hop(?:e|es|ed|ing) to|tr(?:y|ies|ied|ying) to|attempt(?:s|ed|ing)? to|threaten(?:s|ed|ing)? to'
  + '|prepar(?:e|es|ed|ing) (?:to|for)|ready to|vow(?:s|ed|ing)? to|promis(?:e|es|ed|ing) to|order(?:s|ed|ing)? (?:[^ ]+ ){0,4}?to'
  + '|succeeds? in|bid to|in order to|so as to|intent on|goals?|aim of|fail(?:s|ed|ing)? to|need(?:s|ed)? to|called on'
  + '|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|scenario|threats?|fears?|feared|risks?|possibility|prospect|danger'
  + '|speculation|rumou?rs?|talks? about|allegations?|accusations?|warn(?:s|ed|ing)? (?:of|against)|ready for|likelihood|chances?|odds'
  + '|prevent(?:s|ed|ing)?)\\b|\\b(?:wo|ca)n\'t\\b');
const NEGATIONS = /\b(?:not|never|no|nor|neither|without|den(?:y|ies|ied|ying)|refus(?:e|es|ed|ing) to|reject(?:s|ed|ing)?|false(?:ly)?)\b|n't\b/;
// Cues farther back than this belong to another clause; the bound also keeps run-on text linear.
const MAX_CLAUSE_TOKENS = 40;
const SUBORDINATORS = new Set(['before', 'after', 'while', 'when', 'by', 'since', 'thus', 'then']);
const HEDGING_ADJECTIVES = new Set(['imminent', 'planned', 'possible', 'potential', 'expected', 'looming', 'future',
  'would-be', 'attempted', 'failed', 'proposed', 'threatened', 'feared', 'anticipated', 'prospective', 'upcoming',
  'eventual', 'intended', 'alleged']);
// An attempt to advance is itself an advance ("forces tried to advance on X", "an attempted advance").
const ATTEMPTS = /\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?) to\b/g;
const AFTER_SUBJECT = /^(?:[^,;:]*? )?(?:would|could|will|might|may|was impossible|is impossible|impossible|unlikely|was not|is not|would be|is expected|are expected|was expected)\b/;
// Infinitives that still report a deed: "the decision to abandon", "claimed to have entered", "managed to retake", "pleased to announce".
const FACTUAL_GOVERNORS = new Set(['decision', 'decided', 'decides', 'made', 'claim', 'claims', 'claimed', 'claiming',
  'managed', 'manages', 'succeeded', 'able', 'continue', 'continues', 'continued', 'continuing', 'began', 'begin',
  'begins', 'begun', 'started', 'start', 'starts', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
  'proceeded', 'moved', 'forced', 'chose', 'opted', 'voted', 'pleased', 'proud', 'happy', 'glad', 'delighted']);

const YEAR = /^(?:1[89]|20)\d\d$/;
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', "'s", 'this']);
const DESCRIBING = /^(?:[a-z]+(?:al|ed|ful|ive|ous|ic|ian|ing)|full-scale|large-scale|so-called|[a-z]+-[a-z]+)$/;
/** Verbs that stop an event named by a definite noun from happening ("prevent the capture of"), or put it ahead ("must end with the liberation of"). */
const PREVENTING = /\b(?:must|should|will|would|prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|avert(?:s|ed|ing)?|thwart(?:s|ed|ing)?|avoid(?:s|ed|ing)?|halt(?:s|ed|ing)?|block(?:s|ed|ing)?|repel(?:s|led|ling)?|fear(?:s|ed)?|threat of|risk of|prepar(?:e|es|ed|ing) for|(?:goals?|aims?|objectives?|ambitions?|intentions?) (?:was|is|were|are|of|remains?|remained)|plans? (?:for|of))\b/;
// Words in -s before "by" that are no verbs in the present ("forces by", "its", "was" ends in s too).
const NOT_PRESENT = new Set(['was', 'has', 'its', 'this', 'thus', 'plus', 'across', 'always', 'perhaps', 'whereas', 'unless']);
const FACTIVE_AFTER_MODAL = /\b(?:must|should|will|would) (?:not )?(?:recogni[sz]e|accept|acknowledge|condemn|reverse|undo|legiti(?:mi[sz]e|mate)|legali[sz]e|forget|forgive|ignore)\b/;
const DENIALS = /\b(?:den(?:y|ies|ied|ying)|false(?:ly)?|fabricat\w*|fake)\b/;

/** "the annexation of", "Russia's retreat from", "the illegal annexation of": an event noun after a definite determiner. */
function isDefinite(view: SentenceView, trigger: number): boolean {
  let i = trigger - 1;
  // "its 2014 annexation of Crimea": a year, like an adjective, describes the act.
  while (i >= 0 && i > trigger - 4 && (DESCRIBING.test(view.tokens[i].lower) || YEAR.test(view.tokens[i].lower)) && !view.tokens[i].ref) i--;
  const determiner = view.tokens[i];
  return !!determiner && (DEFINITE.has(determiner.lower) || (!!determiner.ref && determiner.ref.kind !== 'anaphor' && view.tokens[i + 1]?.lower === "'s"));
}

// Prepositions of cause and time presuppose what they name ("cancelled due to frequent Ukrainian strikes on Crimea").
const CAUSES = /(?:^| )(?:due to|because of|owing to|thanks to|in response to|in retaliation for|amid|following|after)$/;
const CAUSE_MODIFIERS = 3;

/** "was likely cancelled due to frequent strikes on X": an event noun a preposition of cause or time governs. */
function isCaused(view: SentenceView, trigger: number): boolean {
  let i = trigger - 1;
  while (i >= 0 && i > trigger - 1 - CAUSE_MODIFIERS && (view.tokens[i].ref?.kind === 'demonym' || /^[a-z-]+$/.test(view.tokens[i].lower)
    && !CAUSES.test(view.tokens[i].lower) && !['the', 'a', 'an'].includes(view.tokens[i].lower) && /(?:al|ed|ent|ive|ous|ic|ian|ing|y)$|-/.test(view.tokens[i].lower))) i--;
  if (['the', 'a', 'an'].includes(view.tokens[i]?.lower ?? '')) i--;
  return CAUSES.test(renderedBetween(view, Math.max(0, i - 3), i + 1));
}

/** Index of the first token of the clause holding token `at`. */
export function clauseStart(view: SentenceView, at: number): number {
  const reach = Math.max(0, at - MAX_CLAUSE_TOKENS);
  for (let i = at - 1; i >= reach; i--) if (BOUNDARIES.has(view.tokens[i].lower)) return i + 1;
  return reach;
}

function renderedBetween(view: SentenceView, first: number, last: number): string {
  return view.tokens.slice(first, last).map((t) => t.lower).join(' ');
}

// Verbs after "to" that only carry an event noun ("to launch an attack on", "to make gains in").
const LIGHT_VERBS = new Set(['launch', 'make', 'carry', 'mount', 'stage', 'conduct', 'begin', 'start', 'step']);

/** "to invade Ukraine and target Kyiv": a verb joined by "and" to an infinitive is one too; where that "to" stands. */
function sharedInfinitive(view: SentenceView, trigger: number): number {
  if (view.tokens[trigger - 1]?.lower !== 'and') return -1;
  for (let i = trigger - 2; i >= Math.max(0, trigger - 8); i--) {
    const token = view.tokens[i];
    if (BOUNDARIES.has(token.lower)) return -1;
    if (token.lower === 'to' && /^[a-z]+$/.test(view.tokens[i + 1]?.lower ?? '')) return i;
  }
  return -1;
}

function infinitiveJudgement(view: SentenceView, trigger: number, nominal: boolean, attemptIsDeed: boolean): Judgement | undefined {
  const shared = nominal ? -1 : sharedInfinitive(view, trigger);
  for (let i = shared >= 0 ? shared : trigger - 1; i >= Math.max(0, trigger - 5); i--) {
    const token = view.tokens[i];
    if (token.ref || /^[^a-z]/.test(token.lower)) return undefined;
    if (token.lower !== 'to') continue;
    const verb = view.tokens[i + 1]?.lower ?? '';
    if (verb === 'have' || verb === 'date' || nominal && !LIGHT_VERBS.has(verb)) return undefined;
    const governor = view.tokens[i - 1]?.lower ?? '';
    const attempt = attemptIsDeed && /^(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?)$/.test(governor);
    return FACTUAL_GOVERNORS.has(governor) || attempt || meansVerbBefore(view, i + 1) >= 0 || forcedDoer(view, i + 1) >= 0 ? undefined : { factual: false, reason: `planned or purposed ("${governor} to")` };
  }
  return undefined;
}

/**
 * Whether an event is stated as fact. `trigger` is its first token, `end` the first token after its target;
 * nouns and gerunds ("the capture of X would ...", "forces entering X was impossible") are also judged by what follows.
 */
/**
 * Whether the event at token `trigger` is told as having happened. `described` marks a participle describing a place
 * ("liberated cities like Izium"): like a definite event noun, it is taken as done whatever the clause around it hedges.
 */
export function judgeModality(view: SentenceView, trigger: number, end: number, nominal: boolean, attemptIsDeed = false, described = false): Judgement {
  let start = clauseStart(view, trigger);
  // A participle after a comma ("..., promising weapons to X") shares the modality of the clause before it.
  const subordinated = start === trigger || start + 1 === trigger && SUBORDINATORS.has(view.tokens[start].lower);
  // "will visit Poland on Tuesday, with the Polish leader, Donald Tusk, before travelling to Germany": back over every
  // comma to the clause that has a verb of its own, within the clause reach.
  if (subordinated && /ing$/.test(view.tokens[trigger].lower)) {
    while (start > 0 && view.tokens[start - 1].lower === ',' && trigger - start < MAX_CLAUSE_TOKENS) start = clauseStart(view, start - 1);
  }
  // "the worst scenario: a Russian attack on X": what introduces a noun phrase colours it.
  if (nominal && start > 0 && [':', '–', '—'].includes(view.tokens[start - 1].lower)) start = clauseStart(view, start - 1);
  const written = renderedBetween(view, start, trigger);
  const before = attemptIsDeed ? written.replace(ATTEMPTS, '') : written;
  // "needs to restore its integrity following Russia's annexation of Crimea": a definite event noun is taken as having
  // happened, whatever the clause around it hedges, unless a verb right before it stops or denies it.
  const presupposed = nominal && (isDefinite(view, trigger) || isCaused(view, trigger)) || described;
  const near = presupposed ? renderedBetween(view, Math.max(start, trigger - 4), trigger) : '';
  // "should recognize its annexation of Crimea": a modal before a verb that takes the deed as given does not put it ahead.
  const hedge = presupposed ? (FACTIVE_AFTER_MODAL.test(near) ? null : PREVENTING.exec(near)) : HEDGES.exec(before);
  if (hedge) return { factual: false, reason: `hedged ("${hedge[0]}")` };
  const negation = (presupposed ? DENIALS : NEGATIONS).exec(before);
  if (negation) return { factual: false, reason: `denied ("${negation[0]}")` };
  for (let i = trigger - 1; i >= Math.max(0, trigger - 2); i--) {
    const adjective = view.tokens[i].lower;
    if (HEDGING_ADJECTIVES.has(adjective) && !(attemptIsDeed && adjective === 'attempted')) {
      return { factual: false, reason: `not yet done ("${adjective}")` };
    }
  }
  const form = view.tokens[trigger]?.lower ?? '';
  // "an arsenal for attacking Ukraine": a purpose, not a deed.
  if (view.tokens[trigger - 1]?.lower === 'for' && form.endsWith('ing')) return { factual: false, reason: 'purpose ("for")' };
  // "Ukraine wins by liberating Crimea": a means after a verb in the present is a general claim, not a deed told.
  const means = view.tokens[trigger - 2]?.lower ?? '';
  if (view.tokens[trigger - 1]?.lower === 'by' && form.endsWith('ing') && /^[a-z]{2,}[^s]s$/.test(means) && !NOT_PRESENT.has(means)) {
    return { factual: false, reason: `a means in the present ("${means} by")` };
  }
  const infinitive = infinitiveJudgement(view, trigger, nominal, attemptIsDeed);
  if (infinitive) return infinitive;
  if (nominal || form.endsWith('ing')) {
    let stop = end;
    // "told a news conference in Warsaw that aid would flow": a clause opened by "that" is what was said, not the deed's fate.
    while (stop < view.tokens.length && stop < end + 8 && !BOUNDARIES.has(view.tokens[stop].lower) && view.tokens[stop].lower !== 'that') stop++;
    const after = AFTER_SUBJECT.exec(renderedBetween(view, end, stop));
    if (after) return { factual: false, reason: `hedged ("${after[0].trim()}")` };
  }
  return { factual: true };
}
