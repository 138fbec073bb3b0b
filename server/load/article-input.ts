// Validates what a caller hands the loader, so bad input is refused with a named error before anything is written.
import { z } from 'zod';
import { InvalidInputError } from '../errors';
import type { ArticleMeta } from '../extract/types';
import { isIsoDate } from './iso-date';

export interface ArticleInput {
  text: string;
  /** Where the text came from (a file name), kept on the Article node. */
  file?: string;
  /** Title, outlet and date known from elsewhere (a sidecar); they win over what the extractor infers. */
  meta?: ArticleMeta;
}

const optionalText = z.string().trim().min(1, { message: 'must not be empty when given' }).optional();

const articleInput = z.object({
  text: z.string().refine((text) => text.trim() !== '', { message: 'must not be empty' }),
  file: optionalText,
  meta: z.object({
    title: optionalText,
    outlet: optionalText,
    date: z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' }).optional(),
    url: optionalText,
  }).optional(),
});

export function parseArticleInput(input: unknown): ArticleInput {
  const parsed = articleInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    throw new InvalidInputError(`loadArticle: ${where} ${issue.message}`);
  }
  return parsed.data;
}
