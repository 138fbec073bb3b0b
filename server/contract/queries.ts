// Saved questions: GET /api/queries lists them, POST /api/queries/:name runs one with validated parameters.
import { z } from 'zod';

export const parameterTypes = ['string', 'integer', 'float', 'boolean', 'date', 'string[]'] as const;
export const parameterType = z.enum(parameterTypes);
export type ParameterType = z.infer<typeof parameterType>;

export const questionParameter = z.object({
  name: z.string(),
  type: parameterType,
  nullable: z.boolean().describe('Whether null is accepted (it usually means "any").'),
  default: z.unknown().describe('Used when the request leaves the parameter out.'),
  description: z.string(),
});
export type QuestionParameter = z.infer<typeof questionParameter>;

export const savedQuestionSummary = z.object({
  name: z.string().describe('What POST /api/queries/{name} takes.'),
  title: z.string(),
  description: z.string(),
  parameters: z.array(questionParameter),
});
export type SavedQuestionSummary = z.infer<typeof savedQuestionSummary>;

export const savedQuestionsPayload = z.object({ queries: z.array(savedQuestionSummary) });
export type SavedQuestionsPayload = z.infer<typeof savedQuestionsPayload>;

export const savedQuestionParams = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,80}$/, { error: 'must be a saved question\'s name (lower-case letters, digits, dashes)' }),
});

export const savedQuestionRequest = z.object({
  params: z.record(z.string(), z.unknown()).optional()
    .describe('Values for the question\'s parameters (GET /api/queries lists them); each left out takes its default.'),
}).optional().default({});
export type SavedQuestionRequest = z.infer<typeof savedQuestionRequest>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueSchema(type: ParameterType): z.ZodType {
  switch (type) {
    case 'string': return z.string().max(1_000);
    case 'integer': return z.number().int();
    case 'float': return z.number();
    case 'boolean': return z.boolean();
    case 'date': return z.string().regex(DATE, { error: 'must be a date written YYYY-MM-DD' });
    case 'string[]': return z.array(z.string().max(1_000)).max(1_000);
  }
}

/** The schema a question's parameters are checked with: each typed, nullable where the header says so, defaulted. */
export function questionParamsSchema(parameters: QuestionParameter[]): z.ZodObject {
  return z.strictObject(Object.fromEntries(parameters.map((parameter) => {
    const value = parameter.nullable ? valueSchema(parameter.type).nullable() : valueSchema(parameter.type);
    return [parameter.name, value.default(parameter.default as never).describe(parameter.description)];
  })));
}
