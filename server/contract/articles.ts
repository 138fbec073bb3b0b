// Articles as the API takes and lists them: uploads (POST /api/articles), the per-article results, the paged list.
import { z } from 'zod';

const optionalText = (description: string) => z.string().trim().max(2000, { error: 'is too long' }).optional().describe(description);

export const articleUpload = z.object({
  text: z.string({ error: 'must be a string' }).describe('The article: plain text, or a whole HTML page when format is "html". An empty text is reported as failed.'),
  title: optionalText('Wins over what the text or page says.'),
  outlet: optionalText('The outlet (publisher).'),
  date: optionalText('Publication date: ISO 8601 date or date-time, or a written form ("Nov. 9, 2022").'),
  url: optionalText('The article\'s URL: a later text with the same URL replaces this one.'),
  byline: optionalText('The authors.'),
  format: z.enum(['text', 'html']).optional().describe('Defaults to html when the text starts with "<", text otherwise.'),
  name: z.string().trim().max(300, { error: 'is too long' }).optional().describe('How the results name this article (a file name).'),
});
export type ArticleUpload = z.infer<typeof articleUpload>;

/** One article is read as an array of one, so that a problem is named by its place ("0.text must be a string"). */
export const addArticlesBody = z.preprocess(
  (value) => (Array.isArray(value) ? value : [value]),
  z.array(articleUpload).min(1, { error: 'must hold at least one article' }).max(1000, { error: 'must hold at most 1000 articles' }),
).describe('One article, or an array of them; text/plain takes one article\'s text, multipart/form-data any number of files.');
export type AddArticlesBody = z.infer<typeof addArticlesBody>;

export const message = z.object({
  reason: z.string(),
  ruleId: z.string(),
  severity: z.enum(['info', 'warning']),
  place: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
});

export const articleStatus = z.enum(['loaded', 'unchanged', 'replaced', 'failed']);

export const articleResult = z.object({
  origin: z.string().describe('The upload\'s name, or "article N" (N counted from 1).'),
  status: articleStatus,
  articleId: z.string().optional(),
  title: z.string().nullable().optional(),
  words: z.number().int().optional(),
  counts: z.object({ entities: z.number().int(), mentions: z.number().int(), statements: z.number().int(), events: z.number().int() }).optional(),
  replaced: z.array(z.string()).optional().describe('Ids of the articles of the same URL that this one replaced.'),
  reason: z.string().optional().describe('Why it failed.'),
  messages: z.array(message).describe('What the reader, extractor and loader noticed.'),
});
export type ArticleResultPayload = z.infer<typeof articleResult>;

export const addArticlesPayload = z.object({
  results: z.array(articleResult),
  summary: z.object({ loaded: z.number().int(), unchanged: z.number().int(), replaced: z.number().int(), failed: z.number().int() }),
});
export type AddArticlesPayload = z.infer<typeof addArticlesPayload>;

export const articleParams = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/, { error: 'must be an article id (16 hexadecimal digits)' }),
});

export const deleteArticlePayload = z.object({
  articleId: z.string(),
  removedEntities: z.number().int().describe('Entities no other article supported, removed with it.'),
});
export type DeleteArticlePayload = z.infer<typeof deleteArticlePayload>;

const pageNumber = (name: string, max: number, fallback: number) => z.coerce.number({ error: `must be a number from 0 to ${max}` })
  .int({ error: `must be a whole number from 0 to ${max}` }).min(0, { error: `must be a number from 0 to ${max}` })
  .max(max, { error: `must be a number from 0 to ${max}` }).default(fallback).describe(name);

export const articleListQuery = z.object({
  limit: pageNumber('Articles per page (1-500).', 500, 50).refine((limit) => limit >= 1, { error: 'must be a number from 1 to 500' }),
  offset: pageNumber('Articles to skip, newest first.', 10_000_000, 0),
});
export type ArticleListQuery = z.infer<typeof articleListQuery>;

export const articleSummary = z.object({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD'),
  url: z.string().nullable(),
  ingestedAt: z.string().nullable(),
  counts: z.object({ statements: z.number().int(), events: z.number().int(), entities: z.number().int() }),
});
export type ArticleSummary = z.infer<typeof articleSummary>;

export const articleListPayload = z.object({
  total: z.number().int(),
  articles: z.array(articleSummary).describe('Most recently ingested first.'),
});
export type ArticleListPayload = z.infer<typeof articleListPayload>;
