// Loads the reporting verbs (kb/speech-verbs.json) and derives the word sets the attribution rules read.
import verbsFile from '../kb/speech-verbs.json';
import { allForms, type Irregular } from '../language/inflect';

type Reports = 'clause' | 'that' | 'control';

export interface SpeechVerb extends Irregular {
  lemma: string;
  spelled?: string[];
  reports?: Reports;
  control?: boolean;
  addressee?: boolean;
  infinitive?: boolean;
  object?: boolean;
  particle?: string;
  nouns?: string[];
  skip?: string[];
}

type LightVerb = string | ({ lemma: string } & Irregular);

export interface SpeechLexicon {
  /** Every form of every reporting verb. */
  verbs: Set<string>;
  /** Form → particle it reports with ("called" → "on"). */
  particles: Map<string, string>;
  control: Set<string>;
  controlOnly: Set<string>;
  thatOnly: Set<string>;
  addressee: Set<string>;
  infinitive: Set<string>;
  object: Set<string>;
  nouns: Set<string>;
  lightVerbs: Set<string>;
  claimNouns: Set<string>;
}

class SpeechVerbError extends Error {
  override name = 'SpeechVerbError';
}

const REPORTS = new Set(['clause', 'that', 'control']);

/** The forms a record stands for: every spelling's forms but the skipped ones. */
export function formsOf(verb: SpeechVerb): string[] {
  const skip = new Set(verb.skip ?? []);
  return [verb.lemma, ...(verb.spelled ?? [])].flatMap((lemma) => allForms(lemma, verb)).filter((form) => !skip.has(form));
}

/** Builds the word sets from records; a record the rules could not read is a programmer's error and throws. */
export function buildSpeechLexicon(records: SpeechVerb[], light: LightVerb[], claimNouns: string[]): SpeechLexicon {
  const lexicon: SpeechLexicon = {
    verbs: new Set(), particles: new Map(), control: new Set(), controlOnly: new Set(), thatOnly: new Set(), addressee: new Set(),
    infinitive: new Set(), object: new Set(), nouns: new Set(), lightVerbs: new Set(), claimNouns: new Set(claimNouns),
  };
  for (const verb of records) {
    if (!/^[a-z]+$/.test(verb.lemma) || (verb.reports && !REPORTS.has(verb.reports))) {
      throw new SpeechVerbError(`kb/speech-verbs.json: cannot read the record for "${verb.lemma}"`);
    }
    const forms = formsOf(verb);
    const into = (set: Set<string>, yes: boolean | undefined): void => { if (yes) for (const form of forms) set.add(form); };
    into(lexicon.verbs, true);
    into(lexicon.control, verb.control);
    into(lexicon.controlOnly, verb.reports === 'control');
    into(lexicon.thatOnly, verb.reports === 'that');
    into(lexicon.addressee, verb.addressee);
    into(lexicon.infinitive, verb.infinitive);
    into(lexicon.object, verb.object);
    if (verb.particle) for (const form of forms) lexicon.particles.set(form, verb.particle);
    for (const noun of verb.nouns ?? []) lexicon.nouns.add(noun);
  }
  for (const entry of light) {
    const [lemma, irregular] = typeof entry === 'string' ? [entry, {}] : [entry.lemma, entry];
    for (const form of allForms(lemma, irregular)) lexicon.lightVerbs.add(form);
  }
  return lexicon;
}

export const SPEECH: SpeechLexicon = buildSpeechLexicon(verbsFile.verbs as SpeechVerb[], verbsFile.claimPhrases.verbs as LightVerb[], verbsFile.claimPhrases.nouns);
