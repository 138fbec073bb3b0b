// Compiles the phrasings of the event types (kb/event-types.json) into regular expressions over a rendered sentence.
import { EVENT_TYPES, participlesOf, phrasingForms, type EventType } from './types';
import { alternation, PARTS_OF_DAY, WEEKDAYS } from '../language/words';

export type TriggerForm = 'verb' | 'passive' | 'noun' | 'adjective' | 'compound' | 'nearby' | 'flag' | 'pledge' | 'mobilize' | 'under';

export interface TriggerRule {
  /** The rule id events carry, e.g. "events/captured/passive". */
  id: string;
  verb: string;
  form: TriggerForm;
  /** Global pattern over the rendered sentence; a match ends where the target phrase begins. */
  pattern: RegExp;
  /** Takes only a plainly named object ("left Kyiv", not "left analysts doubting"). */
  strict: boolean;
  /** The verb takes its object directly, so a missing object may be an antecedent ("Kherson, which Russia captured"). */
  direct: boolean;
  /** Told in the passive of the actor ("were driven out of"). */
  passiveActor?: boolean;
  /** Only a person's presence outside their own state ("met Putin in Moscow"). */
  abroad?: boolean;
  /** The actor is the one the pattern's group names ("hosted Zelensky in Washington"). */
  guest?: boolean;
  /** A noun of aid, given by its possessor ("Germany's aid package for Ukraine"). */
  aidNoun?: boolean;
  /** With no actor named, the state the target lies in did it ("the recaptured town of X"). */
  byHomeState?: boolean;
  /** No actor presumed for its bare passive ("was destroyed in June"). */
  agentNamed?: boolean;
  /** A word after a noun's target that introduces the actor besides "by" ("the fall of Mariupol to Russian forces"). */
  agentAfter?: string;
  /** Something the rest of the sentence must say ("independent" for recognitions). */
  needs?: RegExp;
  /** Words one of which the sentence must hold for the pattern to be worth running. */
  heads: Set<string>;
}


const FORCE_OBJECT = '(?:(?:its|their|his|her|the|some|all|many|most|\\d[\\d,]*) )*(?:[a-z-]+ )?(?:troops|forces|soldiers|units|personnel|servicemen|@f\\d+)';
// "on Friday", "overnight", "last week", "earlier this month": a time between a trigger and its place.
const TIME = `(?:(?:(?:on |late |early |last )?(?:${alternation([...WEEKDAYS, 'yesterday', 'overnight'])})(?: ${PARTS_OF_DAY.join('| ')})?`
  + '|(?:last|this|earlier this|later this|the following|the previous) (?:week|weekend|month|year|night|spring|summer|autumn|winter)) )?';
// "advancing slowly toward Pokrovsk", "withdrew hastily from": an adverb between a verb and the words its place follows.
const ADVERB = '(?:(?!july )[a-z]+ly )?';
const ELLIPSIS = '(?:(?: [^ ]+){0,3}? (?:but for|except for|except|apart from|save for|including) one)?';
const START = '(?<![\\w@-])';

function alternatives(words: string): string {
  return words.trim().split(/\s+/).map((w) => w.replace(/[-$]/g, (c) => `\\${c}`)).join('|');
}

function expand(after: string | undefined): string {
  return (after ?? '').replace(/\{F\}/g, FORCE_OBJECT);
}

function words(...lists: string[]): Set<string> {
  return new Set(lists.join(' ').replace(/[|()?:\\]/g, ' ').trim().split(/\s+/));
}

function rule(verb: string, form: TriggerForm, source: string, heads: Set<string>, extra: Partial<TriggerRule> = {}): TriggerRule {
  return { id: `events/${verb}/${form}`, verb, form, pattern: new RegExp(source, 'g'), strict: false, direct: false, heads, ...extra };
}

function verbRules(type: EventType): TriggerRule[] {
  const rules: TriggerRule[] = [];
  for (const entry of type.verbs ?? []) {
    const forms = phrasingForms(entry);
    const extra = { strict: !!entry.strict, direct: !entry.after, needs: entry.needs ? new RegExp(entry.needs) : undefined, passiveActor: !!entry.passiveActor, abroad: !!entry.abroad, agentNamed: !!entry.agentNamed, guest: !!entry.guest };
    rules.push(rule(type.verb, 'verb', `${START}(?:${alternatives(forms.join(' '))}) ${TIME}${entry.after ? ADVERB : ''}${expand(entry.after)}`, words(...forms), extra));
    const participles = participlesOf(entry);
    if (entry.passive && participles.length) {
      // "bombed out of existence by Russia", "captured in March by": a few words may stand before the agent.
      rules.push(rule(type.verb, 'passive', `${START}(?:${participles.join('|')}) ${TIME}(?:[a-z0-9-]+ ){0,3}?by `, words(...participles)));
    }
    if (type.compounds && entry.passive && participles.length) {
      // "Moscow-annexed Crimea", "Russian-annexed Crimea": the word joined before the participle names the doer.
      rules.push(rule(type.verb, 'compound', `${START}([a-z]+)-(?:${participles.join('|')}) `, words(...participles)));
    }
  }
  for (const entry of type.nouns ?? []) {
    rules.push(rule(type.verb, 'noun', `${START}(?:${alternatives(entry.nouns)})${ELLIPSIS} ${TIME}${expand(entry.after)}`, words(entry.nouns), { abroad: !!entry.abroad, agentAfter: entry.agentAfter }));
  }
  // "Mariupol fell to Russian forces": a passive whose agent follows "to".
  for (const entry of type.agents ?? []) {
    rules.push(rule(type.verb, 'passive', `${START}${entry.pattern} ${TIME}`, words(entry.pattern.replace(/ to$/, ''))));
  }
  for (const adjectives of type.adjectives ?? []) {
    // "the recaptured town of X", "the recently-liberated city", "from liberated cities like X": the participle describes the place.
    rules.push(rule(type.verb, 'adjective', `\\b(?:the|a|newly|recently|from|in|into|to|of|across) (?:(?:newly|recently)[ -])?(?:${alternatives(adjectives)}) `,
      words(...adjectives.split(' ').flatMap((adjective) => [adjective, `newly-${adjective}`, `recently-${adjective}`])), { strict: true, byHomeState: true }));
  }
  return rules;
}

/** The phrasings particular to some types: fire coming under, gains near, a flag raised, aid pledged, people mobilized. */
function specialRules(type: EventType): TriggerRule[] {
  const rules: TriggerRule[] = [];
  const { under, nearby: near, flag, pledge, mobilize } = type;
  if (under) rules.push(rule(type.verb, 'under', `${START}(?:${under.pattern})\\b`, words(under.heads ?? 'came comes come coming under')));
  if (near) {
    const forms = phrasingForms(near);
    rules.push(rule(type.verb, 'nearby',
      `${START}(?:${alternatives(forms.join(' '))}) (?:[a-z-]+ ){0,3}?(?:${near.objects.split(' ').join('|')}) (?:[a-z-]+ ){0,2}?(?:${near.near}) `,
      words(...forms)));
  }
  if (flag) {
    const owner = '(@[efda]\\d+|its|their|his|her)(?: \'s)? (?:[a-z-]+ )?';
    rules.push(rule(type.verb, 'flag',
      `${owner}flag (?:(?:is|was|were|being|been|has been|had been|have been) )?(?:${flag.raised}) (?:${flag.over}) `, words('flag')));
    rules.push(rule(type.verb, 'flag', `${START}(?:${flag.raised}) (?:the |a )?${owner}flag (?:${flag.over}) `, words('flag')));
    // "soldiers raised the flag over X": no owner named, the subject raised it.
    rules.push(rule(type.verb, 'flag', `${START}(?:${flag.raised}) (?:the |a )(?:(?:[a-z-]+|@d\\d+) )?flag (?:${flag.over}) `, words('flag')));
  }
  if (pledge) {
    const forms = phrasingForms(pledge).join(' ');
    rules.push(rule(type.verb, 'pledge', `${START}(?:${alternatives(forms)}) `, words(forms)));
    if (pledge.nouns?.length) {
      // "Germany's latest aid package for Ukraine": a noun of aid whose possessor gave it.
      rules.push(rule(type.verb, 'pledge', `${START}(?:${alternatives(pledge.nouns.join(' '))}) `, words(...pledge.nouns), { aidNoun: true }));
    }
    if (pledge.deliveries) {
      // "will send Ukraine tanks", "is sending Kyiv $400 million": the marker of the future belongs to the trigger.
      const sends = phrasingForms(pledge.deliveries).join(' ');
      rules.push(rule(type.verb, 'pledge', `${START}(?:${deliveryMarkers(pledge.deliveries)}) (?:also |soon |now |still )?(?:${alternatives(sends)}) `, words(sends)));
    }
  }
  if (mobilize) {
    const forms = phrasingForms(mobilize).join(' ');
    rules.push(rule(type.verb, 'mobilize', `${START}(?:(?:${alternatives(forms)}) (?:(?:${mobilize.amounts}) ){0,4}(?:${mobilize.objects})`
      + `|(?:${mobilize.drafted}) into (@[ef]\\d+)|(?:${mobilize.nouns}))\\b`, words(forms, mobilize.drafted, mobilize.nouns)));
  }
  return rules;
}

/** What marks a delivery as still to come: the data's markers, and every form of a verb of deciding or yielding before "to". */
function deliveryMarkers(deliveries: NonNullable<NonNullable<EventType['pledge']>['deliveries']>): string {
  const { commitments } = deliveries;
  if (!commitments) return deliveries.markers;
  const deciding = alternatives(phrasingForms({ lemmas: commitments.lemmas }).join(' '));
  const yielding = alternatives(phrasingForms({ lemmas: commitments.yielding }).join(' '));
  return `${deliveries.markers}|(?:finally |eventually |now )?(?:${deciding}) to|(?:${yielding}) (?:in )?to (?:[a-z-]+ ){0,3}?pressure (?:from (?:[^ ]+ ){1,3}?)?(?:and (?:agreed |decided )?)?to`;
}

function compile(): TriggerRule[] {
  return [...EVENT_TYPES.values()].flatMap((type) => [...verbRules(type), ...specialRules(type)]);
}

export const TRIGGER_RULES: TriggerRule[] = compile();

const PLEDGE = [...EVENT_TYPES.values()].find((type) => type.pledge)?.pledge;

/** Every verb form the lexicon knows, to tell a verb's object from a subject; verbs of speaking are read as such elsewhere. */
export const VERB_FORMS = new Set([...EVENT_TYPES.values()].flatMap((type) => [
  ...(type.verbs ?? []).filter((phrasing) => !phrasing.speaking).flatMap(phrasingForms), ...[type.pledge, type.mobilize, type.nearby].flatMap((special) => (special ? phrasingForms(special) : [])),
]));

/** Aid words a pledge must name ("package", "weapons", "$3 billion"). */
export const AID = new RegExp(`(?:^| )(?:${PLEDGE?.aid ?? '(?!)'})(?= |$)`);
/** The aid words and every form of the verbs of giving, as one alternation of a regular expression. */
export const AID_OR_GIVING = [PLEDGE?.aid ?? '(?!)', ...(PLEDGE?.deliveries ? phrasingForms(PLEDGE.deliveries) : [])].join('|');
/** Nouns of people who give for the state that names them ("US lawmakers", "American officials"). */
export const GIVING_OFFICIALS = new Set(PLEDGE?.officials?.nouns ?? []);
/** Verbs of giving whose object or dative is the recipient, and verbs of help that need no aid word after it. */
export const GIVING = new Set(PLEDGE?.deliveries ? phrasingForms(PLEDGE.deliveries) : []);
export const SUPPORTING = new Set((PLEDGE?.support ?? []).filter((verb) => !verb.includes(' '))
  .flatMap((lemma) => phrasingForms({ lemmas: [lemma] })));
/** Verbs of help with a particle before the recipient ("stand with", "stand by"): each form with its particles. */
export const SUPPORTING_WITH: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const particles = new Map<string, Set<string>>();
  for (const verb of (PLEDGE?.support ?? []).filter((entry) => entry.includes(' '))) {
    const [lemma, particle] = verb.split(' ');
    for (const form of phrasingForms({ lemmas: [lemma] })) particles.set(form, new Set([...particles.get(form) ?? [], particle]));
  }
  return particles;
})();

/** The last part of a hyphenated word ("annexed" in "moscow-annexed"), whose rules a compound may trigger; else "". */
export function headOfCompound(word: string): string {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 ? word.slice(hyphen + 1) : '';
}

const HEAD_WORDS = new Set(TRIGGER_RULES.flatMap((r) => [...r.heads]));
const COMPOUND_HEADS = new Set(TRIGGER_RULES.filter((r) => r.form === 'compound').flatMap((r) => [...r.heads]));
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** A cheap test whether a sentence may hold any trigger at all, run before the sentence is rendered. */
export function mayHoldTrigger(sentence: string): boolean {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    const word = match[0].toLowerCase();
    if (HEAD_WORDS.has(word) || COMPOUND_HEADS.has(headOfCompound(word))) return true;
  }
  return false;
}
