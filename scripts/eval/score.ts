// The scorer's matching (../shared/eval/score.mjs), ported once: entities, statements by kind and speaker, events.
import { norm, words, containment, canonicalVerb } from './normalize';

interface GoldEntity { name: string; type: string; aliases?: string[]; optional?: boolean }
interface GoldStatement { speaker: string; quote: string; kind: string; optional?: boolean }
interface GoldEvent { actor: string; verb: string; target: string; optional?: boolean }
export interface GoldArticle { entities: GoldEntity[]; statements: GoldStatement[]; events: GoldEvent[] }
export interface GoldFile { aliases?: Record<string, string[]>; articles: Record<string, GoldArticle> }

export interface Prediction {
  entities?: { name: string; type: string; aliases?: string[] }[];
  statements?: { speaker: string | null; quote: string }[];
  events?: { actor: string; verb: string; target: string }[];
}

/** tp, fn: gold items found and missed; ok, fp: predictions right and wrong. */
interface Tally { tp: number; fn: number; ok: number; fp: number }
export interface Figure { p: number | null; r: number | null; f1: number | null; tp: number; fn: number; fp: number }
export interface ArticleScore { file: string; misses: string[]; falseHits: string[] }
export interface Figures {
  entities: Figure;
  entityTypeAccuracy: number | null;
  statements: Figure;
  /** Share of required gold statements whose words some prediction holds, whoever it names as speaker. */
  quoteFoundRecall: number | null;
  /** Of those, the share with the right speaker. */
  speakerAccuracy: number | null;
  statementRecallByKind: Record<string, number | null>;
  events: Figure;
  articles: ArticleScore[];
}

const tally = (): Tally => ({ tp: 0, fn: 0, ok: 0, fp: 0 });
const ratio = (a: number, b: number): number | null => (b ? a / b : null);
function add(into: Tally, from: Tally): void { for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += from[k]; }
function prf({ tp, fn, ok, fp }: Tally): Figure {
  const p = ratio(ok, ok + fp);
  const r = ratio(tp, tp + fn);
  const f1 = p == null && r == null ? null : p && r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f1, tp, fn, fp };
}

function aliasTable(g: GoldArticle, globalAliases: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  const put = (name: string, forms: string[]): void => { for (const f of [name, ...forms]) if (!m.has(norm(f))) m.set(norm(f), norm(name)); };
  for (const e of g.entities) put(e.name, e.aliases ?? []);
  for (const [name, forms] of Object.entries(globalAliases)) put(name, forms);
  return m;
}

interface Totals { entities: Tally; typed: { ok: number; n: number }; statements: Tally; quotes: { hit: number; right: number; n: number }; byKind: Record<string, { hit: number; n: number }>; events: Tally }

function scoreEntities(g: GoldArticle, pred: Prediction, canon: (s: string) => string, totals: Totals, row: ArticleScore): Tally {
  const t = tally();
  const used = new Set<GoldEntity>();
  for (const e of pred.entities ?? []) {
    const forms = [e.name, ...(e.aliases ?? [])].filter(Boolean).map(canon);
    const matching = g.entities.filter((ge) => forms.includes(canon(ge.name)));
    const hit = matching.find((ge) => !used.has(ge)) ?? matching[0];
    if (hit?.optional) { used.add(hit); continue; }
    if (hit && !used.has(hit)) {
      used.add(hit); t.tp++; t.ok++;
      totals.typed.n++; if (e.type === hit.type) totals.typed.ok++;
    } else { t.fp++; row.falseHits.push(`entity ${e.name}${hit ? ` (second entity for ${hit.name})` : ''}`); }
  }
  for (const ge of g.entities) if (!ge.optional && !used.has(ge)) { t.fn++; row.misses.push(`entity ${ge.name}`); }
  return t;
}

function scoreStatements(g: GoldArticle, pred: Prediction, canon: (s: string) => string, totals: Totals, row: ArticleScore): Tally {
  const t = tally();
  const preds = (pred.statements ?? []).map((s) => ({ speaker: canon(s.speaker ?? ''), words: words(s.quote ?? ''), raw: s }));
  for (const gs of g.statements) {
    if (gs.optional) continue;
    const gw = words(gs.quote);
    const sp = canon(gs.speaker);
    const kind = (totals.byKind[gs.kind] ??= { hit: 0, n: 0 });
    const anyQuote = preds.some((p) => containment(gw, p.words) >= 0.5);
    const ok = preds.some((p) => p.speaker === sp && containment(gw, p.words) >= 0.5);
    totals.quotes.n++;
    if (anyQuote) totals.quotes.hit++;
    if (anyQuote && ok) totals.quotes.right++;
    kind.n++;
    if (ok) { kind.hit++; t.tp++; } else { t.fn++; row.misses.push(`statement [${gs.speaker}] ${gs.quote.slice(0, 70)}`); }
  }
  const pool = (speaker: string, optional: boolean): Set<string> => new Set(g.statements
    .filter((gs) => !!gs.optional === optional && canon(gs.speaker) === speaker).flatMap((gs) => [...words(gs.quote)]));
  for (const p of preds) {
    if (p.words.size && containment(p.words, pool(p.speaker, false)) >= 0.5) { t.ok++; continue; }
    if (p.words.size && containment(p.words, pool(p.speaker, true)) >= 0.5) continue;
    t.fp++;
    row.falseHits.push(`statement [${p.raw.speaker}] ${String(p.raw.quote).slice(0, 70)}`);
  }
  return t;
}

function scoreEvents(g: GoldArticle, pred: Prediction, canon: (s: string) => string, row: ArticleScore): Tally {
  const t = tally();
  const key = (e: { actor: string; verb: string; target: string }): string => `${canon(e.actor ?? '')}|${canonicalVerb(e.verb)}|${canon(e.target ?? '')}`;
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
    if (!hit) { t.fp++; row.falseHits.push(`event ${e.actor} ${e.verb} ${e.target}`); continue; }
    if (hit.optional || found.has(k)) continue;
    found.add(k); t.tp++; t.ok++;
  }
  for (const [k, { event, optional }] of goldEvents) if (!optional && !found.has(k)) { t.fn++; row.misses.push(`event ${event.actor} ${event.verb} ${event.target}`); }
  return t;
}

/** Scores predictions (by article file name) against a gold file, as score.mjs does. */
export function score(gold: GoldFile, predictions: Record<string, Prediction>): Figures {
  const totals: Totals = { entities: tally(), typed: { ok: 0, n: 0 }, statements: tally(), quotes: { hit: 0, right: 0, n: 0 }, byKind: {}, events: tally() };
  const articles: ArticleScore[] = [];
  for (const [file, g] of Object.entries(gold.articles)) {
    const pred = predictions[file] ?? {};
    const names = aliasTable(g, gold.aliases ?? {});
    const canon = (s: string): string => names.get(norm(s)) ?? norm(s);
    const row: ArticleScore = { file, misses: [], falseHits: [] };
    add(totals.entities, scoreEntities(g, pred, canon, totals, row));
    add(totals.statements, scoreStatements(g, pred, canon, totals, row));
    add(totals.events, scoreEvents(g, pred, canon, row));
    articles.push(row);
  }
  return {
    entities: prf(totals.entities), entityTypeAccuracy: ratio(totals.typed.ok, totals.typed.n),
    statements: prf(totals.statements), quoteFoundRecall: ratio(totals.quotes.hit, totals.quotes.n),
    speakerAccuracy: ratio(totals.quotes.right, totals.quotes.hit),
    statementRecallByKind: Object.fromEntries(Object.entries(totals.byKind).map(([k, v]) => [k, ratio(v.hit, v.n)])),
    events: prf(totals.events), articles,
  };
}
