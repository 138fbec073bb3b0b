// Validates what requests carry (query strings, path parameters) and names the parameter that is wrong.
import { z } from 'zod';
import { InvalidInputError } from '../errors';

const graphQuery = z.object({
  article: z.string().regex(/^[0-9a-f]{16,64}$/, { message: 'must be an article id (hexadecimal)' }).optional(),
});

const searchQuery = z.object({
  q: z.string().trim().min(1, { message: 'must not be empty' }).max(200, { message: 'is too long (200 characters at most)' }),
  limit: z.string().regex(/^\d{1,3}$/, { message: 'must be a number from 1 to 100' })
    .transform(Number)
    .refine((limit) => limit >= 1 && limit <= 100, { message: 'must be a number from 1 to 100' })
    .default(20),
});

const nodeId = z.string().trim().min(1, { message: 'must not be empty' }).max(500, { message: 'is too long' });

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue.path.length > 0 ? issue.path.join('.') : 'value';
  throw new InvalidInputError(`${where}: ${name} ${issue.message}`);
}

export function parseGraphQuery(query: unknown): { articleId?: string } {
  return { articleId: parse(graphQuery, query, 'GET /api/graph').article };
}

export function parseSearchQuery(query: unknown): { text: string; limit: number } {
  const { q, limit } = parse(searchQuery, query, 'GET /api/search');
  return { text: q, limit };
}

export function parseNodeId(id: unknown): string {
  return parse(z.object({ id: nodeId }), { id }, 'GET /api/nodes/:id').id;
}
