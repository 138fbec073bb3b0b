// Checks a request's path parameters, query string or body against the contract and names what is wrong.
import type { z } from 'zod';
import { InvalidInputError } from '../errors';

/** The parsed value; an InvalidInputError "<METHOD /api/path>: <field> <what is wrong>" otherwise. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue.path.length > 0 ? issue.path.join('.') : 'value';
  throw new InvalidInputError(`${where}: ${name} ${issue.message}`);
}
