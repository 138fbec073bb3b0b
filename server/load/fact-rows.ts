// Turns an extraction's statements and events into the rows that merge Statement and Event nodes.
import type { Extraction, GraphEvent, Message, Sentence, Span, Statement } from '../extract/types';
import { isIsoDate } from './iso-date';

export interface StatementRow {
  id: string;
  speakerKey: string | null;
  viaKey: string | null;
  about: string[];
  properties: {
    quote: string; kind: string; verb: string; speaker: string | null; via: string | null;
    start: number; end: number; quoteStart: number; quoteEnd: number;
    sentence: number; sentenceStart: number; sentenceEnd: number; ruleId: string;
  };
}

export interface EventRow {
  id: string;
  actorKey: string;
  targetKey: string;
  /** The statement of this article the event is asserted in, when it is only claimed. */
  claimId: string | null;
  /** That statement's stance toward the event: asserts, denies, doubts or reports (another party's claim). */
  stance: string | null;
  date: string | null;
  properties: {
    verb: string; phrase: string; modality: string; actor: string; target: string; claimedBy: string | null;
    start: number; end: number; sentence: number; sentenceStart: number; sentenceEnd: number; ruleId: string;
  };
}

export function factRows(articleId: string, extraction: Extraction) {
  const messages: Message[] = [];
  const sentenceOf = sentenceLocator(extraction.sentences, messages);
  const statementId = (statement: Statement) => `${articleId}:${statement.id}`;

  const statements: StatementRow[] = extraction.statements.map((statement) => {
    const sentence = sentenceOf(statement);
    const quoteSpans = statement.quoteSpans.length > 0 ? statement.quoteSpans : [statement];
    return {
      id: statementId(statement),
      speakerKey: statement.speakerKey,
      viaKey: statement.viaKey ?? null,
      about: [...new Set(statement.about)],
      properties: {
        quote: statement.quote, kind: statement.kind, verb: statement.verb,
        speaker: statement.speaker, via: statement.via ?? null,
        start: statement.start, end: statement.end,
        quoteStart: quoteSpans[0].start, quoteEnd: quoteSpans[quoteSpans.length - 1].end,
        sentence: statement.sentence, sentenceStart: sentence.start, sentenceEnd: sentence.end,
        ruleId: statement.ruleId,
      },
    };
  });

  // Denied and doubted claims are events too, told with their modality and the claiming statement's stance.
  const events: EventRow[] = [...extraction.events, ...(extraction.disputed ?? [])].map((event) => {
    const sentence = sentenceOf(event);
    const claim = event.claimedByKey ? claimingStatement(event, extraction.statements) : undefined;
    if (event.date && !isIsoDate(event.date)) {
      messages.push({
        reason: `load: event date "${event.date}" is not YYYY-MM-DD; stored without a date`,
        ruleId: 'load:event-date', severity: 'warning', place: { start: event.start, end: event.end },
      });
    }
    return {
      id: `${articleId}:${event.id}`,
      actorKey: event.actorKey,
      targetKey: event.targetKey,
      claimId: claim ? statementId(claim) : null,
      stance: claim ? event.stance ?? 'asserts' : null,
      date: event.date && isIsoDate(event.date) ? event.date : null,
      properties: {
        verb: event.verb, phrase: event.phrase, modality: event.modality,
        actor: event.actor, target: event.target, claimedBy: event.claimed_by ?? null,
        start: event.start, end: event.end,
        sentence: event.sentence, sentenceStart: sentence.start, sentenceEnd: sentence.end,
        ruleId: event.ruleId,
      },
    };
  });
  return { statements, events, messages };
}

/**
 * The span of the sentences a finding lies in: its own sentence, widened to every sentence its offsets reach
 * (a quotation of several sentences), so that the provenance shown always contains the whole finding.
 * A finding whose sentence index is unknown keeps its own span.
 */
function sentenceLocator(sentences: Sentence[], messages: Message[]) {
  const byIndex = new Map(sentences.map((sentence) => [sentence.index, sentence]));
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  return (finding: Span & { sentence: number }): Span => {
    const own = byIndex.get(finding.sentence);
    if (!own) {
      messages.push({
        reason: `load: sentence ${finding.sentence} is not among the extracted sentences; its provenance is the finding itself`,
        ruleId: 'load:unknown-sentence', severity: 'warning', place: { start: finding.start, end: finding.end },
      });
      return { start: finding.start, end: finding.end };
    }
    const covering = [own, sentenceAt(ordered, finding.start), sentenceAt(ordered, finding.end - 1)]
      .filter((sentence): sentence is Sentence => sentence !== undefined);
    return {
      start: Math.min(finding.start, ...covering.map((sentence) => sentence.start)),
      end: Math.max(finding.end, ...covering.map((sentence) => sentence.end)),
    };
  };
}

/** The sentence that holds the character at `offset`, by binary search over sentences ordered by start. */
function sentenceAt(ordered: Sentence[], offset: number): Sentence | undefined {
  let low = 0;
  let high = ordered.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = ordered[middle];
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}

/** The statement of the claimant that contains the event, or failing that one by the claimant in the same sentence. */
function claimingStatement(event: GraphEvent, statements: Statement[]): Statement | undefined {
  const byClaimant = statements.filter((statement) => statement.speakerKey === event.claimedByKey);
  return byClaimant.find((statement) => statement.start <= event.start && event.end <= statement.end)
    ?? byClaimant.find((statement) => statement.sentence === event.sentence);
}
