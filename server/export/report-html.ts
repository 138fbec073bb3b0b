// Writes the report: one self-contained HTML file (inline styles and SVG, no scripts) listing every statement and event
// with a numbered citation of its article. xmlbuilder2 builds it, so every piece of text is escaped by the builder.
import type { WhosaidGraph } from '../graph/read-graph';
import type { ExportContext } from './export-context';
import { collectFacts, type Fact, type Source } from './facts';
import { ELEMENTS_PER_CHUNK } from './graphml';
import { drawSubgraph, REPORT_LOOKS } from './report-drawing';
import { REPORT_STYLE } from './report-style';
import { xmlChunks, xmlText, type XmlBuilder } from './xml-chunks';

type Builder = XmlBuilder;

const say = (value: unknown) => xmlText(value ?? '');

function paragraph(html: Builder, className: string, text: string): void {
  html.ele('p', { class: className }).txt(say(text)).up();
}

function citation(html: Builder, source: Source | null): void {
  if (source) html.ele('a', { class: 'cite', href: `#source-${source.number}` }).txt(`[${source.number}]`).up();
}

/** "Label: value" pairs, the empty ones left out. */
function details(html: Builder, pairs: [string, string][]): void {
  html.ele('p', { class: 'details' });
  pairs.filter(([, value]) => value !== '').forEach(([name, value], index) => {
    if (index > 0) html.txt(' · ');
    html.ele('span', { class: 'name' }).txt(say(name)).up().txt(say(value));
  });
  html.up();
}

function statementItem(html: Builder, fact: Fact): void {
  html.ele('li', { id: `fact-${fact.id}` });
  html.ele('p', { class: 'quote' }).txt(say(`“${fact.words}”`)).txt(' ');
  citation(html, fact.source);
  html.up();
  details(html, [['Speaker', fact.who || 'unknown'], ['Kind', fact.kind], ['Verb', fact.verb], ['About', fact.target],
    ['Outlet', fact.source?.outlet ?? ''], ['Date', fact.source?.date ?? '']]);
  if (fact.sentence) paragraph(html, 'sentence', fact.sentence);
  html.up();
}

function eventItem(html: Builder, fact: Fact): void {
  html.ele('li', { id: `fact-${fact.id}` });
  html.ele('p', { class: 'event' }).txt(say(`${fact.who} ${fact.verb.replace(/_/g, ' ')} ${fact.target}`)).txt(' ');
  citation(html, fact.source);
  html.up();
  details(html, [['Actor', fact.who], ['Verb', fact.verb], ['Target', fact.target], ['Claimed by', fact.claimant],
    ['Date', fact.eventDate], ['As written', fact.words], ['Outlet', fact.source?.outlet ?? ''], ['Reported', fact.source?.date ?? '']]);
  if (fact.sentence) paragraph(html, 'sentence', fact.sentence);
  html.up();
}

function selectionSection(html: Builder, context: ExportContext): void {
  html.ele('section', { class: 'selection' }).ele('h2').txt('Selection').up();
  paragraph(html, 'description', context.description);
  html.ele('pre', { class: 'query' }).txt(say(context.query.text.trim())).up();
  const params = Object.entries(context.query.params);
  if (params.length > 0) {
    html.ele('table', { class: 'params' }).ele('tbody');
    for (const [name, value] of params) {
      html.ele('tr').ele('th').txt(say(name)).up().ele('td').txt(say(JSON.stringify(value))).up().up();
    }
    html.up().up();
  }
  html.up();
}

function figure(html: Builder, graph: WhosaidGraph): void {
  html.ele('figure');
  const leftOut = drawSubgraph(html, graph);
  html.ele('figcaption');
  for (const look of Object.values(REPORT_LOOKS)) {
    html.ele('span', { class: 'key' }).ele('span', { class: 'swatch', style: `background:${look.colour}` }).txt(' ').up().txt(look.name).up();
  }
  if (leftOut > 0) html.ele('span', { class: 'note' }).txt(`The ${graph.order - leftOut} best-connected of ${graph.order} nodes are drawn.`).up();
  html.up().up();
}

export function* writeReport(graph: WhosaidGraph, context: ExportContext): Generator<string> {
  const { xml: html, take } = xmlChunks({ html: true });
  const { facts, sources } = collectFacts(graph);
  const statements = facts.filter((fact) => fact.type === 'statement');
  const events = facts.filter((fact) => fact.type === 'event');
  html.ele('html', { lang: 'en' }).ele('head')
    .ele('meta', { charset: 'utf-8' }).up()
    .ele('meta', { 'http-equiv': 'Content-Security-Policy', content: "default-src 'none'; style-src 'unsafe-inline'; img-src data:" }).up()
    .ele('title').txt(say(context.title)).up()
    .ele('style').txt(REPORT_STYLE).up()
    .up().ele('body');
  html.ele('header').ele('h1').txt(say(context.title)).up();
  paragraph(html, 'meta', `Exported from whosaid on ${context.exportedAt.toISOString().slice(0, 10)} at ${context.exportedAt.toISOString().slice(11, 16)} UTC · `
    + `${statements.length} statements · ${events.length} events · ${sources.length} articles cited`);
  html.up();
  selectionSection(html, context);
  figure(html, graph);
  yield take();

  const list = function* (heading: string, items: Fact[], write: (html: Builder, fact: Fact) => void) {
    html.ele('section').ele('h2').txt(`${heading} (${items.length})`).up();
    if (items.length === 0) paragraph(html, 'none', `No ${heading.toLowerCase()} in this selection.`);
    else html.ele('ol', { class: 'facts' });
    for (const [index, fact] of items.entries()) {
      write(html, fact);
      if ((index + 1) % ELEMENTS_PER_CHUNK === 0) yield take();
    }
    if (items.length > 0) html.up();
    html.up();
  };
  yield* list('Statements', statements, statementItem);
  yield* list('Events', events, eventItem);

  html.ele('section', { class: 'sources' }).ele('h2').txt('Sources').up().ele('ol');
  for (const source of sources) {
    html.ele('li', { id: `source-${source.number}`, value: String(source.number) })
      .txt(say([source.outlet, source.title ? `“${source.title}”` : '', source.date].filter((part) => part !== '').join(', ')));
    if (source.url) html.txt('. ').ele('span', { class: 'url' }).txt(say(source.url)).up();
    html.up();
  }
  html.up().up().up().up();
  yield take();
}
