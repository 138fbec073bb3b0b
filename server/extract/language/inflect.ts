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

/** English irregular verbs met in news of war and politics: lemma → [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  be: ['was', 'been'], bear: ['bore', 'borne'], begin: ['began', 'begun'], break: ['broke', 'broken'], bring: ['brought', 'brought'],
  build: ['built', 'built'], choose: ['chose', 'chosen'], come: ['came', 'come'], cut: ['cut', 'cut'], drive: ['drove', 'driven'],
  fall: ['fell', 'fallen'], fight: ['fought', 'fought'], flee: ['fled', 'fled'], forecast: ['forecast', 'forecast'], give: ['gave', 'given'],
  go: ['went', 'gone'], hit: ['hit', 'hit'], hold: ['held', 'held'], keep: ['kept', 'kept'], know: ['knew', 'known'], lead: ['led', 'led'],
  leave: ['left', 'left'], lose: ['lost', 'lost'], make: ['made', 'made'], meet: ['met', 'met'], overrun: ['overran', 'overrun'],
  put: ['put', 'put'], retake: ['retook', 'retaken'], rise: ['rose', 'risen'], run: ['ran', 'run'], say: ['said', 'said'],
  see: ['saw', 'seen'], seek: ['sought', 'sought'], send: ['sent', 'sent'], set: ['set', 'set'], shoot: ['shot', 'shot'],
  speak: ['spoke', 'spoken'], spend: ['spent', 'spent'], strike: ['struck', 'struck'], take: ['took', 'taken'], tell: ['told', 'told'],
  think: ['thought', 'thought'], undertake: ['undertook', 'undertaken'], win: ['won', 'won'], withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'], overtake: ['overtook', 'overtaken'], retreat: ['retreated', 'retreated'],
};
/** Past forms of the irregular verbs that differ from their lemma ("took", "told"): a verb wherever they stand. */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(Object.values(IRREGULAR).map(([past]) => past).filter((past) => !(past in IRREGULAR)));
/** Final syllables that are stressed and so double their consonant ("admitted", "committed", "regretted", "beginning"). */
const STRESSED_ENDINGS = /(?:mit|gret|(?:re|pre|trans|con|de|in)fer|pel|cur|trol|run|begin)$/;

/** One stressed syllable ending consonant-vowel-consonant doubles its consonant ("plan" → "planned", "admit" → "admitted"). */
function doubles(lemma: string): boolean {
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) || (/[^aeiou][aeiou][^aeiouwxy]$/.test(lemma) && STRESSED_ENDINGS.test(lemma));
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

/** The five forms of a verb; `irregular` overrides what the table and the spelling rules would give. */
export function verbForms(lemma: string, irregular: Irregular = {}): VerbForms {
  const double = irregular.double ?? doubles(lemma);
  const [tablePast, tableParticiple] = IRREGULAR[lemma] ?? [];
  const past = irregular.past ?? tablePast ?? regularPast(lemma, double);
  const third = lemma === 'be' ? 'is' : thirdPerson(lemma);
  return { base: lemma, third, past, participle: irregular.participle ?? tableParticiple ?? past, gerund: gerund(lemma, double) };
}

/** Every distinct form of the verb; a final -l after one vowel also gives the British doubled forms ("travelled"). */
export function allForms(lemma: string, irregular: Irregular = {}): string[] {
  const forms = Object.values(verbForms(lemma, irregular));
  if (/[^aeiou][aeiou]l$/.test(lemma) && !irregular.past) forms.push(`${lemma}led`, `${lemma}ling`);
  return [...new Set(forms)];
}
