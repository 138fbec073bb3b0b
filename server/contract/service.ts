// What every route may answer besides its own payload: the error body, and the health of the service.
import { z } from 'zod';

export const errorPayload = z.object({
  error: z.object({
    name: z.string().describe('The error class: InvalidInputError, NotFoundError, DatabaseUnavailableError, …'),
    message: z.string(),
  }).catchall(z.unknown()),
});
export type ErrorPayload = z.infer<typeof errorPayload>;

export const healthPayload = z.object({
  status: z.enum(['ok', 'unavailable']),
  neo4j: z.enum(['up', 'down']),
});
export type HealthPayload = z.infer<typeof healthPayload>;

export const configPayload = z.object({
  writes: z.boolean().describe('Whether this server takes writes (POST and DELETE /api/articles); they need the bearer token.'),
  bodyLimitBytes: z.number().int().describe('The largest request body, or uploaded file, accepted.'),
});
export type ConfigPayload = z.infer<typeof configPayload>;
