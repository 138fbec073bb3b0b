// How score.mjs compares names, quotes and event verbs: normalized forms, content words, containment.

const STOP = new Set('a an the of to in on at by for and or but is are was were be been being that this these those it its with from as has have had will would could should may might can not no there their they them he she his her we our us you your i me my'.split(' '));
/** The scorer's own verb synonyms: a prediction may name the verb in any of these forms. */
const VERB_FORMS: Record<string, string> = {
  captured: 'capture captured captures capturing took taken take takes taking seized seize seizing liberated liberate liberating retook retake retaking recaptured recapture recapturing entered occupied',
  withdrew_from: 'withdrew_from withdraw_from withdrawn_from withdrawing_from withdrew withdraw retreated_from retreat_from retreated pulled_back_from pulled_out_of pulled_back abandoned abandon left leave regrouped_from',
  annexed: 'annexed annex annexes annexing',
  advanced_on: 'advanced_on advance_on advancing_on advanced advancing advance closing_in_on closed_in_on pushed_into pushing_into',
  attacked: 'attacked attack attacking shelled shell shelling struck strike striking bombed bomb bombing fired_on',
  pledged: 'pledged pledge pledging promised promise promising',
  visited: 'visited visit visiting',
  recognized: 'recognized recognised recognize recognise recognizing recognising',
  mobilized: 'mobilized mobilised mobilize mobilise drafted called_up',
};
const VERB = new Map(Object.entries(VERB_FORMS).flatMap(([v, forms]) => forms.split(' ').map((f) => [f, v] as [string, string])));

export function norm(s: unknown): string {
  return String(s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s\b/g, '')
    .replace(/\./g, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
}

export function canonicalVerb(v: string): string {
  const k = norm(v).replace(/ /g, '_');
  return VERB.get(k) ?? k;
}

/** Content words of a quote; all its words when it has no content word. */
export function words(s: string): Set<string> {
  const all = norm(s).split(' ').filter(Boolean);
  const content = all.filter((w) => !STOP.has(w));
  return new Set(content.length ? content : all);
}

/** Share of `a`'s words that `b` holds. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / a.size;
}
