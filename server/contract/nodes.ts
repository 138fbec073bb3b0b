// One node's details as GET /api/nodes/:id sends them: an entity's statements, a fact's sentence and article.
import { z } from 'zod';
import { graphNodeData } from './graph';
import { wholeNumber } from './numbers';

export const nodeParams = z.object({
  id: z.string().trim().min(1, { error: 'must not be empty' }).max(500, { error: 'is too long' })
    .describe('A node\'s stable key, as in GraphNodeData.id.'),
});

export const articleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD'),
  url: z.string().nullable().optional().describe('Where the article was published, when known.'),
});
export type ArticleRef = z.infer<typeof articleRef>;

export const quoteSummary = z.object({
  id: z.string(),
  quote: z.string(),
  kind: z.string(),
  verb: z.string(),
  article: articleRef,
});
export type QuoteSummary = z.infer<typeof quoteSummary>;

export const provenance = z.object({
  article: articleRef,
  sentence: z.string().describe('Cut from the stored article text at [sentenceStart, sentenceEnd).'),
  sentenceStart: z.number().int(),
  sentenceEnd: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Provenance = z.infer<typeof provenance>;

export const nodeDetailsQuery = z.object({
  page: wholeNumber(1, 100_000).default(1)
    .describe('Which page of each list (quotes, statements about, events), newest first.'),
  pageSize: wholeNumber(1, 100).default(20),
});
export type NodeDetailsQuery = z.infer<typeof nodeDetailsQuery>;

export const nodeRef = z.object({ id: z.string(), label: z.string() });
export type NodeRef = z.infer<typeof nodeRef>;

/** Who claims an event: a named claimant from the text, or the speaker of a statement that asserts it. */
export const claimant = z.object({
  name: z.string(),
  id: z.string().nullable().describe('The claimant\'s node, when the graph has them.'),
  statementId: z.string().nullable().describe('The statement that carries the claim, when there is one.'),
});
export type Claimant = z.infer<typeof claimant>;

export const statementAbout = z.object({
  id: z.string(),
  quote: z.string(),
  kind: z.string(),
  verb: z.string(),
  speaker: nodeRef.nullable().describe('Who said it; null when the extractor found nobody.'),
  speakerName: z.string().nullable(),
  article: articleRef,
});
export type StatementAbout = z.infer<typeof statementAbout>;

export const eventSummary = z.object({
  id: z.string(),
  label: z.string(),
  verb: z.string(),
  role: z.enum(['actor', 'target']).describe('The node\'s part in the event.'),
  date: z.string().nullable().describe('When the event happened, when the text says (YYYY-MM-DD).'),
  modality: z.string().nullable(),
  claimants: z.array(claimant),
  article: articleRef.describe('Where it was reported; its date is the report date.'),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const articleFact = z.object({
  id: z.string(),
  type: z.enum(['statement', 'event']),
  label: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type ArticleFact = z.infer<typeof articleFact>;

export const nodeDetails = z.object({
  node: graphNodeData,
  page: z.object({ page: z.number().int(), pageSize: z.number().int() }).optional(),
  quotes: z.array(quoteSummary).optional().describe('For an entity: what they said, newest first, one page.'),
  quotesTotal: z.number().int().optional(),
  about: z.array(statementAbout).optional().describe('For an entity: statements about it, each with its speaker, newest first, one page.'),
  aboutTotal: z.number().int().optional(),
  events: z.array(eventSummary).optional().describe('For an entity: events it took part in or was the target of, newest first, one page.'),
  eventsTotal: z.number().int().optional(),
  provenance: provenance.optional().describe('For a statement or event: the sentence it came from, its offsets and article.'),
  claimants: z.array(claimant).optional().describe('For an event: who claims it.'),
  text: z.string().optional().describe('For an article: its text, which the facts\' offsets point into.'),
  textTruncated: z.boolean().optional().describe('True when the text was cut at 200,000 characters.'),
  facts: z.array(articleFact).optional().describe('For an article: every statement and event found in it, by offsets.'),
});
export type NodeDetails = z.infer<typeof nodeDetails>;
