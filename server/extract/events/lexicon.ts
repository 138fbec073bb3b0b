// Compiles the trigger lexicon (kb/event-verbs.json) into regular expressions over a rendered sentence.
import type { EventVerb } from '../types';
import lexiconFile from '../kb/event-verbs.json';

export type TriggerForm = 'verb' | 'passive' | 'noun' | 'adjective' | 'nearby' | 'flag' | 'pledge' | 'mobilize' | 'under';

export interface TriggerRule {
  /** The rule id events carry, e.g. "events/captured/passive". */
  id: string;
  verb: EventVerb;
  form: TriggerForm;
  /** Global pattern over the rendered sentence; a match ends where the target phrase begins. */
  pattern: RegExp;
  /** Takes only a plainly named object ("left Kyiv", not "left analysts doubting"). */
  strict: boolean;
  /** The verb takes its object directly, so a missing object may be an antecedent ("Kherson, which Russia captured"). */
  direct: boolean;
  /** Something the rest of the sentence must say ("independent" for recognitions). */
  needs?: RegExp;
  /** Words one of which the sentence must hold for the pattern to be worth running. */
  heads: Set<string>;
}

interface VerbEntry { verb: string; forms: string; after?: string; passive?: boolean; strict?: boolean; needs?: string }
interface NounEntry { verb: string; nouns: string; after: string }

const FORCE_OBJECT = '(?:(?:its|their|his|her|the|some|all|many|most|\\d[\\d,]*) )*(?:[a-z-]+ )?(?:troops|forces|soldiers|units|personnel|servicemen|@f\\d+)';
const TIME = '(?:(?:on |late |early |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight)(?: night| morning| evening| afternoon)? )?';
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
  return {
    id: `events/${verb}/${form}`, verb: verb as EventVerb, form, pattern: new RegExp(source, 'g'),
    strict: false, direct: false, heads, ...extra,
  };
}

function compile(): TriggerRule[] {
  const rules: TriggerRule[] = [];
  for (const entry of lexiconFile.verbs as VerbEntry[]) {
    const extra = { strict: !!entry.strict, direct: !entry.after, needs: entry.needs ? new RegExp(entry.needs) : undefined };
    rules.push(rule(entry.verb, 'verb', `${START}(?:${alternatives(entry.forms)}) ${TIME}${expand(entry.after)}`,
      words(entry.forms), extra));
    const participles = entry.forms.split(' ').filter((f) => /(?:ed|en|uck)$/.test(f));
    if (entry.passive && participles.length) {
      rules.push(rule(entry.verb, 'passive', `${START}(?:${participles.join('|')}) ${TIME}by `, words(...participles)));
    }
  }
  for (const entry of lexiconFile.nouns as NounEntry[]) {
    rules.push(rule(entry.verb, 'noun', `${START}(?:${alternatives(entry.nouns)})${ELLIPSIS} ${TIME}${expand(entry.after)}`,
      words(entry.nouns)));
  }
  // "Mariupol fell to Russian forces": a passive whose agent follows "to".
  for (const entry of lexiconFile.agents) {
    rules.push(rule(entry.verb, 'passive', `${START}${entry.pattern} ${TIME}`, words(entry.pattern.replace(/ to$/, ''))));
  }
  const under = lexiconFile.underFire;
  rules.push(rule(under.verb, 'under', `${START}${under.pattern}\\b`, words('came comes come coming under')));
  for (const entry of lexiconFile.adjectives) {
    rules.push(rule(entry.verb, 'adjective', `\\b(?:the|a|newly|recently) (?:newly |recently )?(?:${alternatives(entry.words)}) `,
      words(entry.words), { strict: true }));
  }
  const near = lexiconFile.nearby;
  rules.push(rule(near.verb, 'nearby',
    `${START}(?:${alternatives(near.forms)}) (?:[a-z-]+ ){0,3}?(?:${near.objects.split(' ').join('|')}) (?:[a-z-]+ ){0,2}?(?:${near.near}) `,
    words(near.forms)));
  const flag = lexiconFile.flag;
  const owner = '(@[efda]\\d+|its|their|his|her)(?: \'s)? (?:[a-z-]+ )?';
  rules.push(rule(flag.verb, 'flag',
    `${owner}flag (?:(?:is|was|were|being|been|has been|had been|have been) )?(?:${flag.raised}) (?:${flag.over}) `, words('flag')));
  rules.push(rule(flag.verb, 'flag', `${START}(?:${flag.raised}) (?:the |a )?${owner}flag (?:${flag.over}) `, words('flag')));
  const pledge = lexiconFile.pledged;
  rules.push(rule(pledge.verb, 'pledge', `${START}(?:${alternatives(pledge.forms)}) `, words(pledge.forms)));
  const mobilize = lexiconFile.mobilized;
  rules.push(rule(mobilize.verb, 'mobilize', `${START}(?:(?:${alternatives(mobilize.forms)}) (?:(?:${mobilize.amounts}) ){0,4}(?:${mobilize.objects})`
    + `|(?:${mobilize.drafted}) into (@[ef]\\d+)|(?:${mobilize.nouns}))\\b`, words(mobilize.forms, mobilize.drafted, mobilize.nouns)));
  return rules;
}

export const TRIGGER_RULES: TriggerRule[] = compile();

/** Every verb form the lexicon knows, to tell a verb's object from a subject. */
export const VERB_FORMS = new Set([
  ...(lexiconFile.verbs as VerbEntry[]).map((v) => v.forms), lexiconFile.pledged.forms, lexiconFile.mobilized.forms,
  lexiconFile.nearby.forms,
].join(' ').split(/\s+/));

/** Aid words a pledge must name ("package", "weapons", "$3 billion"). */
export const AID = new RegExp(`(?:^| )(?:${lexiconFile.pledged.aid})(?= |$)`);

const HEAD_WORDS = new Set(TRIGGER_RULES.flatMap((r) => [...r.heads]));
const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;

/** A cheap test whether a sentence may hold any trigger at all, run before the sentence is rendered. */
export function mayHoldTrigger(sentence: string): boolean {
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    if (HEAD_WORDS.has(match[0].toLowerCase())) return true;
  }
  return false;
}
