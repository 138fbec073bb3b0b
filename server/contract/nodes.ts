// One node's details as GET /api/nodes/:id sends them: an entity's statements, a fact's sentence and article.
import { z } from 'zod';
import { graphNodeData } from './graph';

export const nodeParams = z.object({
  id: z.string().trim().min(1, { error: 'must not be empty' }).max(500, { error: 'is too long' })
    .describe('A node\'s stable key, as in GraphNodeData.id.'),
});

const PAGE_SIZE_MESSAGE = 'must be a number from 1 to 100';

export const nodeQuery = z.object({
  page: z.coerce.number({ error: 'must be a page number from 1' }).int({ error: 'must be a page number from 1' })
    .min(1, { error: 'must be a page number from 1' }).max(100_000, { error: 'must be a page number from 1' }).default(1)
    .describe('Which page of an entity\'s quotes, newest first.'),
  pageSize: z.coerce.number({ error: PAGE_SIZE_MESSAGE }).int({ error: PAGE_SIZE_MESSAGE })
    .min(1, { error: PAGE_SIZE_MESSAGE }).max(100, { error: PAGE_SIZE_MESSAGE }).default(20),
});
export type NodeQuery = z.infer<typeof nodeQuery>;

export const pageInfo = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int().describe('How many there are in all pages.'),
});
export type PageInfo = z.infer<typeof pageInfo>;

export const articleRef = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD'),
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

export const nodeDetails = z.object({
  node: graphNodeData,
  quotes: z.array(quoteSummary).optional()
    .describe('For a person or organization: one page of what they said, newest first, with where it was reported.'),
  quotesPage: pageInfo.optional().describe('Which page `quotes` is, and how many quotes there are in all.'),
  provenance: provenance.optional().describe('For a statement or event: the sentence it came from, its offsets and article.'),
});
export type NodeDetails = z.infer<typeof nodeDetails>;
