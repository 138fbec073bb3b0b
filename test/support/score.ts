// The scorer's matching (../shared/eval/score.mjs) for entities, statements and events, ported for the floors test.

export interface GoldFile {
  aliases?: Record<string, string[]>;
  articles: Record<string, GoldArticle>;
}
interface GoldEntity { name: string; type: string; aliases?: string[]; optional?: boolean }
interface GoldStatement { speaker: string; quote: string; kind: string; optional?: boolean }
interface GoldEvent { actor: string; verb: string; target: string; optional?: boolean }
export interface GoldArticle { entities: GoldEntity[]; statements: GoldStatement[]; events: GoldEvent[] }

export interface Prediction {
  entities?: { name: string; type: string; aliases?: string[] }[];
  statements?: { speaker: string | null; quote: string }[];
  events?: { actor: string; verb: string; target: string }[];
}

interface Tally { tp: number; fn: number; ok: number; fp: number }
export interface Figure { p: number | null; r: number | null; f1: number | null }
export interface Figures { entities: Figure; statements: Figure; events: Figure; misses: string[]; falseHits: string[] }

const STOP = new Set('a an the of to in on at by for and or but is are was were be been being that this these those it its with from as has have had will would could should may might can not no there their they them he she his her we our us you your i me my'.split(' '));
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
function verb(v: string): string { const k = norm(v).replace(/ /g, '_'); return VERB.get(k) ?? k; }
function words(s: string): Set<string> {
  const all = norm(s).split(' ').filter(Boolean);
  const content = all.filter((w) => !STOP.has(w));
  return new Set(content.length ? content : all);
}
function containment(a: Set<string>, b: Set<string>): number { if (!a.size) return 0; let n = 0; for (const w of a) if (b.has(w)) n++; return n / a.size; }
function tally(): Tally { return { tp: 0, fn: 0, ok: 0, fp: 0 }; }
function ratio(a: number, b: number): number | null { return b ? a / b : null; }
function prf({ tp, fn, ok, fp }: Tally): Figure {
  const p = ratio(ok, ok + fp);
  const r = ratio(tp, tp + fn);
  const f1 = p == null && r == null ? null : p && r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1 };
}

function aliasTable(g: GoldArticle, globalAliases: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  const put = (name: string, forms: string[]): void => { for (const f of [name, ...forms]) if (!m.has(norm(f))) m.set(norm(f), norm(name)); };
  for (const e of g.entities) put(e.name, e.aliases ?? []);
  for (const [name, forms] of Object.entries(globalAliases)) put(name, forms);
  return m;
}

export function score(gold: GoldFile, predictions: Record<string, Prediction>): Figures {
  const totals = { entities: tally(), statements: tally(), events: tally() };
  const misses: string[] = [];
  const falseHits: string[] = [];
  for (const [file, g] of Object.entries(gold.articles)) {
    const pred = predictions[file] ?? {};
    const names = aliasTable(g, gold.aliases ?? {});
    const canon = (s: string): string => names.get(norm(s)) ?? norm(s);

    const used = new Set<GoldEntity>();
    for (const e of pred.entities ?? []) {
      const forms = [e.name, ...(e.aliases ?? [])].filter(Boolean).map(canon);
      const matching = g.entities.filter((ge) => forms.includes(canon(ge.name)));
      const hit = matching.find((ge) => !used.has(ge)) ?? matching[0];
      if (hit?.optional) { used.add(hit); continue; }
      if (hit && !used.has(hit)) { used.add(hit); totals.entities.tp++; totals.entities.ok++; } else { totals.entities.fp++; falseHits.push(`${file} entity ${e.name}`); }
    }
    for (const ge of g.entities) if (!ge.optional && !used.has(ge)) { totals.entities.fn++; misses.push(`${file} entity ${ge.name}`); }

    const preds = (pred.statements ?? []).map((s) => ({ speaker: canon(s.speaker ?? ''), words: words(s.quote ?? ''), raw: s }));
    for (const gs of g.statements) {
      if (gs.optional) continue;
      const gw = words(gs.quote);
      const sp = canon(gs.speaker);
      if (preds.some((p) => p.speaker === sp && containment(gw, p.words) >= 0.5)) totals.statements.tp++;
      else { totals.statements.fn++; misses.push(`${file} statement [${gs.speaker}] ${gs.quote.slice(0, 60)}`); }
    }
    const pool = (speaker: string, optional: boolean): Set<string> => new Set(g.statements
      .filter((gs) => !!gs.optional === optional && canon(gs.speaker) === speaker).flatMap((gs) => [...words(gs.quote)]));
    for (const p of preds) {
      if (p.words.size && containment(p.words, pool(p.speaker, false)) >= 0.5) { totals.statements.ok++; continue; }
      if (p.words.size && containment(p.words, pool(p.speaker, true)) >= 0.5) continue;
      totals.statements.fp++;
      falseHits.push(`${file} statement [${p.raw.speaker}] ${String(p.raw.quote).slice(0, 60)}`);
    }

    const key = (e: { actor: string; verb: string; target: string }): string => `${canon(e.actor ?? '')}|${verb(e.verb)}|${canon(e.target ?? '')}`;
    const goldEvents = new Map<string, { event: GoldEvent; optional: boolean }>();
    for (const e of g.events) {
      const k = key(e);
      const had = goldEvents.get(k);
      goldEvents.set(k, { event: e, optional: had ? had.optional && !!e.optional : !!e.optional });
    }
    const found = new Set<string>();
    for (const e of pred.events ?? []) {
      const k = key(e);
      const hit = goldEvents.get(k);
      if (!hit) { totals.events.fp++; falseHits.push(`${file} event ${e.actor} ${e.verb} ${e.target}`); continue; }
      if (hit.optional || found.has(k)) continue;
      found.add(k); totals.events.tp++; totals.events.ok++;
    }
    for (const [k, { event, optional }] of goldEvents) if (!optional && !found.has(k)) { totals.events.fn++; misses.push(`${file} event ${event.actor} ${event.verb} ${event.target}`); }
  }
  return { entities: prf(totals.entities), statements: prf(totals.statements), events: prf(totals.events), misses, falseHits };
}
