// Writes the citations CSV: one row per statement and event, with its source article and the sentence it came from.
import type { WhosaidGraph } from '../graph/read-graph';
import { csvRows } from './csv-chunks';
import { collectFacts, type Fact } from './facts';

/** The columns, each with how it reads from a fact; `kind` is a statement's kind or an event's modality. */
const COLUMNS: [header: string, cell: (fact: Fact) => unknown][] = [
  ['citation', (fact) => fact.source?.number ?? ''],
  ['type', (fact) => fact.type],
  ['id', (fact) => fact.id],
  ['speaker or actor', (fact) => fact.who],
  ['quote or phrase', (fact) => fact.words],
  ['kind', (fact) => fact.kind],
  ['verb', (fact) => fact.verb],
  ['target', (fact) => fact.target],
  ['claimant', (fact) => fact.claimant],
  ['event date', (fact) => fact.eventDate],
  ['outlet', (fact) => fact.source?.outlet ?? ''],
  ['title', (fact) => fact.source?.title ?? ''],
  ['date', (fact) => fact.source?.date ?? ''],
  ['url', (fact) => fact.source?.url ?? ''],
  ['sentence', (fact) => fact.sentence],
  ['sentence start', (fact) => fact.sentenceStart ?? ''],
  ['sentence end', (fact) => fact.sentenceEnd ?? ''],
  ['start', (fact) => fact.start ?? ''],
  ['end', (fact) => fact.end ?? ''],
];

export const CITATION_HEADERS = COLUMNS.map(([header]) => header);

export function* writeCitationsCsv(graph: WhosaidGraph): Generator<string> {
  const { facts } = collectFacts(graph);
  yield* csvRows(CITATION_HEADERS, facts.map((fact) => COLUMNS.map(([, cell]) => cell(fact))), { defuseFormulas: true });
}
