// Loads the reporting verbs (kb/speech-verbs.json): every form of each record, and the sense a verb has where it stands.
import verbsFile from '../kb/speech-verbs.json';
import { allForms, verbForms, type Irregular } from '../language/inflect';
import type { Stance } from '../types';

/** What a verb reports: a clause (the default), a clause with "that" only, "X to do" only, or "X Y" only ("called it a sham"). */
export type Reports = 'clause' | 'that' | 'control' | 'names' | 'quote';

export interface SpeechVerb extends Irregular {
  lemma: string;
  spelled?: string[];
  /** Words the verb reports only with ("called on", "made clear", "made it clear"). */
  particle?: string | string[];
  reports?: Reports;
  control?: boolean;
  addressee?: boolean;
  infinitive?: boolean;
  object?: boolean;
  /** Prepositions after its object that make "verb X prep Y" a statement ("thanked X for Y", "likened X to Y"). */
  with?: string[];
  /** Prepositions that open the words right after the verb ("warned of", "warned against"). */
  about?: string[];
  nouns?: string[];
  skip?: string[];
  /** What the verb does to the claims it carries when it does not assert them ("denied", "doubted"). */
  stance?: Stance;
  /** The speaker follows the particle and the subject only passed the words on ("BelTA learned from Lukashenko"). */
  source?: boolean;
  /** Words right after the verb that make it report nothing: "agreed to send tanks", "agreed on a plan" are deeds. */
  not?: string[];
  /** The noun phrase after it is what was asked for ("called for a ceasefire"). */
  demands?: boolean;
  /** Its participle in "This was reported by X" points back at the words before. */
  pointsBack?: boolean;
  /** Its third-person form closing a story ("..., Ukrinform reports.") passes the story on. */
  wire?: boolean;
}

/** A reporting verb where it stands: its record and the first token after it and its particle. */
export interface Sense {
  verb: SpeechVerb;
  to: number;
}

type LightVerb = string | ({ lemma: string; stance?: Stance } & Irregular);

export interface SpeechLexicon {
  /** Every form of every reporting verb. */
  verbs: Set<string>;
  /** Form → the records it is a form of, those with particles first (longest particle first). */
  records: Map<string, SpeechVerb[]>;
  nouns: Set<string>;
  /** Form of a light verb → the claim phrase it opens ("dismissed the claims": a denial). */
  lightVerbs: Map<string, SpeechVerb>;
  claimNouns: Set<string>;
  /** Participles that point back at the words before ("This was reported by X"). */
  pointingBack: Set<string>;
  /** Third-person forms an outlet closes a story with, passing it on ("..., Ukrinform reports."). */
  wireForms: Set<string>;
}

class SpeechVerbError extends Error {
  override name = 'SpeechVerbError';
}

const REPORTS = new Set(['clause', 'that', 'control', 'names', 'quote']);
const STANCES = new Set(['denies', 'doubts']);

/** The forms a record stands for: every spelling's forms but the skipped ones. */
export function formsOf(verb: SpeechVerb): string[] {
  const skip = new Set(verb.skip ?? []);
  return [verb.lemma, ...(verb.spelled ?? [])].flatMap((lemma) => allForms(lemma, verb)).filter((form) => !skip.has(form));
}

const PARTICLES = new WeakMap<SpeechVerb, string[][]>();

/** The particle phrases of a record as words, longest first (read once per record). */
export function particlesOf(verb: SpeechVerb): string[][] {
  let particles = PARTICLES.get(verb);
  if (!particles) {
    particles = [verb.particle ?? []].flat().map((phrase) => phrase.split(' ')).sort((a, b) => b.length - a.length);
    PARTICLES.set(verb, particles);
  }
  return particles;
}

/** Builds the lexicon from records; a record the rules could not read is a programmer's error and throws. */
export function buildSpeechLexicon(records: SpeechVerb[], light: LightVerb[], claimNouns: string[]): SpeechLexicon {
  const lexicon: SpeechLexicon = {
    verbs: new Set(), records: new Map(), nouns: new Set(), lightVerbs: new Map(), claimNouns: new Set(claimNouns), pointingBack: new Set(), wireForms: new Set(),
  };
  for (const verb of records) {
    if (!/^[a-z]+$/.test(verb.lemma) || (verb.reports && !REPORTS.has(verb.reports)) || (verb.stance && !STANCES.has(verb.stance))) {
      throw new SpeechVerbError(`kb/speech-verbs.json: cannot read the record for "${verb.lemma}"`);
    }
    for (const form of formsOf(verb)) {
      lexicon.verbs.add(form);
      lexicon.records.set(form, [...lexicon.records.get(form) ?? [], verb]);
    }
    for (const noun of verb.nouns ?? []) lexicon.nouns.add(noun);
    if (verb.pointsBack) lexicon.pointingBack.add(verbForms(verb.lemma, verb).participle);
    if (verb.wire) lexicon.wireForms.add(verbForms(verb.lemma, verb).third);
  }
  const longestParticle = (verb: SpeechVerb): number => particlesOf(verb)[0]?.length ?? 0;
  for (const list of lexicon.records.values()) list.sort((a, b) => longestParticle(b) - longestParticle(a));
  for (const entry of light) {
    const record: SpeechVerb = typeof entry === 'string' ? { lemma: entry } : entry;
    for (const form of allForms(record.lemma, record)) lexicon.lightVerbs.set(form, record);
  }
  return lexicon;
}

export const SPEECH: SpeechLexicon = buildSpeechLexicon(verbsFile.verbs as SpeechVerb[], verbsFile.claimPhrases.verbs as LightVerb[], verbsFile.claimPhrases.nouns);

/**
 * The sense of the verb form `wordAt(at)` given the words after it: a record whose particle follows ("called on"),
 * else one that needs none; undefined when every record of the form wants a particle that is not there.
 */
export function senseOf(wordAt: (index: number) => string | undefined, at: number, lexicon: SpeechLexicon = SPEECH): Sense | undefined {
  for (const verb of lexicon.records.get(wordAt(at) ?? '') ?? []) {
    if (verb.not?.includes(wordAt(at + 1) ?? '')) continue;
    const particles = particlesOf(verb);
    if (!particles.length) return { verb, to: at + 1 };
    const phrase = particles.find((words) => words.every((word, i) => wordAt(at + 1 + i) === word));
    if (phrase) return { verb, to: at + 1 + phrase.length };
  }
  return undefined;
}
