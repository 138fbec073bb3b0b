// Full-text search: GET /api/search?q= finds entities by name or alias and statements by their words.
import { z } from 'zod';
import { graphNodeData } from './graph';
import { wholeNumber } from './numbers';

export const searchQuery = z.object({
  q: z.string({ error: 'must be given' }).trim()
    .min(1, { error: 'must not be empty' })
    .max(200, { error: 'is too long (200 characters at most)' })
    .describe('Words to find; each becomes a plain full-text term, so no query syntax gets through.'),
  limit: wholeNumber(1, 100).default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchPayload = z.object({
  results: z.array(z.object({ node: graphNodeData, score: z.number() })),
});
export type SearchPayload = z.infer<typeof searchPayload>;
