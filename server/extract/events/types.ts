// Loads the event types (kb/event-types.json): each type's meaning, who may act, what it is done to, and its phrasings.
import typesFile from '../kb/event-types.json';
import { allForms, verbForms } from '../language/inflect';

export interface VerbPhrasing {
  lemmas?: string[];
  forms?: string[];
  after?: string;
  passive?: boolean;
  strict?: boolean;
  needs?: string;
  /** Told in the passive of the one who did it ("were driven out of X": they withdrew from X). */
  passiveActor?: boolean;
  /** Says a person went to the place only when it lies outside the person's own state ("met Putin in Moscow"). */
  abroad?: boolean;
  /** Only with its doer named: no actor is presumed for the bare passive ("was destroyed in June"). */
  agentNamed?: boolean;
  /** The one named in the pattern's group did it, not the subject ("Biden hosted Zelensky in Washington": Zelensky went). */
  guest?: boolean;
  /** Its verbs report speech ("said in Riga"): the actor search reads them as reporting verbs, not as deeds whose object follows. */
  speaking?: boolean;
}

export interface ActorRole {
  /** Acts only as a state: a person or government body acts for theirs. */
  state?: boolean;
  bodies?: 'acting' | 'speaking';
  persons?: 'all' | 'commanders' | 'none';
  /** False when armed forces do not do it (troops arriving somewhere do not visit it). */
  forces?: boolean;
}

export type TargetRole = 'place' | 'recipient' | 'named' | 'self';

export interface Presumption {
  /** Any form, or only those listed (an attack told as a noun, a passive without agent, fire come under). */
  when: 'any' | Array<'noun' | 'passive' | 'under'>;
  /** The state that did it, by the state the targets lie in. */
  byPlaceIn: Record<string, string>;
  except?: string[];
  wholeCountries?: boolean;
}

export interface EventType {
  verb: string;
  means: string;
  actor: ActorRole;
  target: TargetRole;
  presumed?: Presumption;
  /** A place is reached through a thing or a piece of it ("struck a TV tower in Kharkiv", "retreated from the suburbs of Kyiv"). */
  throughPieces?: boolean;
  /** An attempt counts as the deed ("tried to advance on X", "attempt to bombard X"): what is tried has begun. */
  attemptIsDeed?: boolean;
  /** The actor is never the state the place lies in (no state annexes its own land). */
  foreignActor?: boolean;
  verbs?: VerbPhrasing[];
  /** `agentAfter`: a word after the target that introduces the actor ("the fall of X to Y"), as "by" does for every noun. */
  nouns?: { nouns: string; after: string; abroad?: boolean; agentAfter?: string }[];
  agents?: { pattern: string }[];
  adjectives?: string[];
  flag?: { raised: string; over: string };
  nearby?: { lemmas: string[]; objects: string; near: string };
  /** Fire come under or a barrage endured; `heads` are the words one of which the sentence must hold. */
  under?: { pattern: string; heads?: string };
  /** The participles of its passive verbs joined to their doer before the place ("Moscow-annexed Crimea") tell the deed too. */
  compounds?: boolean;
  pledge?: {
    lemmas: string[]; forms?: string[]; aid: string;
    /** Nouns of aid whose possessor pledged it ("Germany's latest aid package for Ukraine"). */
    nouns?: string[];
    /** Deliveries still to come, after a marker of the future ("will send", "is sending"). */
    deliveries?: {
      lemmas: string[]; markers: string;
      /** Verbs of deciding and of yielding to pressure, every form of which marks a delivery to come ("relented to send"). */
      commitments?: { lemmas: string[]; yielding: string[] };
    };
    /**
     * Verbs of help whose object is the recipient with no aid word needed ("pledged to support Ukraine"), with a
     * particle where they take one ("stand with").
     */
    support?: string[];
    /** People named by their state who give for it ("US lawmakers approved aid"). */
    officials?: { nouns: string[] };
  };
  mobilize?: { lemmas: string[]; forms?: string[]; amounts: string; objects: string; drafted: string; nouns: string };
}

/** A record the events stage cannot use: a programmer's error in the data. */
export class EventTypeError extends Error {
  override name = 'EventTypeError';
}

const TARGETS = new Set(['place', 'recipient', 'named', 'self']);

/** Every form written of a phrasing: the forms of its lemmas and the odd forms it lists. */
export function phrasingForms(phrasing: { lemmas?: string[]; forms?: string[] }): string[] {
  return [...new Set([...(phrasing.lemmas ?? []).flatMap((lemma) => allForms(lemma)), ...(phrasing.forms ?? [])])];
}

/** The past participles of a phrasing, for its passive ("was struck by", "was hit by"). */
export function participlesOf(phrasing: { lemmas?: string[]; forms?: string[] }): string[] {
  const written = (phrasing.forms ?? []).filter((form) => /(?:ed|en)$/.test(form));
  return [...new Set([...(phrasing.lemmas ?? []).map((lemma) => verbForms(lemma).participle), ...written])];
}

function check(type: EventType): EventType {
  const where = `kb/event-types.json: the "${type.verb}" type`;
  if (!/^[a-z_]+$/.test(type.verb ?? '')) throw new EventTypeError(`kb/event-types.json: a type has no verb such as "captured"`);
  if (!type.actor || !TARGETS.has(type.target)) throw new EventTypeError(`${where} needs an actor and a target (${[...TARGETS].join(', ')})`);
  for (const phrasing of type.verbs ?? []) {
    if (!phrasingForms(phrasing).length) throw new EventTypeError(`${where} has a phrasing with no lemmas or forms`);
  }
  return type;
}

/** Checks and indexes the records; the order of the file is kept. */
export function loadEventTypes(records: EventType[]): Map<string, EventType> {
  const types = new Map<string, EventType>();
  for (const record of records) {
    const type = check(record);
    if (types.has(type.verb)) throw new EventTypeError(`kb/event-types.json: the "${type.verb}" type is there twice`);
    types.set(type.verb, type);
  }
  return types;
}

export const EVENT_TYPES: ReadonlyMap<string, EventType> = loadEventTypes(typesFile.types as EventType[]);

/** The type of an event verb; every verb the stage emits has one. */
export function eventType(verb: string): EventType {
  const type = EVENT_TYPES.get(verb);
  if (!type) throw new EventTypeError(`no event type "${verb}" in kb/event-types.json`);
  return type;
}
