// English verb forms generated from a lemma (says, said, saying), so word lists name a verb once.

export interface VerbForms {
  base: string;
  /** Third person singular present ("says"). */
  third: string;
  past: string;
  participle: string;
  gerund: string;
}

/** Forms the rules cannot know: irregular pasts ("said", "told") and stressed final syllables that double ("admitted"). */
export interface Irregular {
  past?: string;
  participle?: string;
  double?: boolean;
}

const VOWEL = /[aeiou]/;

/** One stressed syllable ending consonant-vowel-consonant doubles its consonant ("plan" → "planned"). */
function doubles(lemma: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma);
}

function thirdPerson(lemma: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function regularPast(lemma: string, double: boolean): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return double ? `${lemma}${lemma[lemma.length - 1]}ed` : `${lemma}ed`;
}

function gerund(lemma: string, double: boolean): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(lemma) && VOWEL.test(lemma.slice(0, -1))) return `${lemma.slice(0, -1)}ing`;
  return double ? `${lemma}${lemma[lemma.length - 1]}ing` : `${lemma}ing`;
}

/** The five forms of a verb; `irregular` overrides what the spelling rules would give. */
export function verbForms(lemma: string, irregular: Irregular = {}): VerbForms {
  const double = irregular.double ?? doubles(lemma);
  const past = irregular.past ?? regularPast(lemma, double);
  return { base: lemma, third: thirdPerson(lemma), past, participle: irregular.participle ?? past, gerund: gerund(lemma, double) };
}

/** Every distinct form of the verb. */
export function allForms(lemma: string, irregular: Irregular = {}): string[] {
  return [...new Set(Object.values(verbForms(lemma, irregular)))];
}
