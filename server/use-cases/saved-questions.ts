// Lists the saved questions, and runs one with its parameters checked, through the same read-only path as /api/cypher.
import { questionParamsSchema, type CypherPayload, type SavedQuestionsPayload } from '../contract';
import { InvalidInputError, NotFoundError } from '../errors';
import { savedQuestions } from '../graph/saved-questions';
import type { CypherRunner } from './run-cypher';

export function listSavedQuestions(): SavedQuestionsPayload {
  return {
    queries: [...savedQuestions().values()].map(({ name, title, description, parameters }) => ({ name, title, description, parameters })),
  };
}

export type SavedQuestionRunner = (name: string, params: Record<string, unknown>) => Promise<CypherPayload>;

export function savedQuestionRunner(runCypher: CypherRunner): SavedQuestionRunner {
  const schemas = new Map([...savedQuestions().values()].map((question) => [question.name, questionParamsSchema(question.parameters)]));
  return async (name, params) => {
    const question = savedQuestions().get(name);
    if (!question) throw new NotFoundError(`queries: no saved question is named "${name}"; GET /api/queries lists them`);
    const parsed = schemas.get(name)!.safeParse(params);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue.code === 'unrecognized_keys' ? `${issue.keys.join(', ')}` : issue.path.join('.');
      const message = issue.code === 'unrecognized_keys' ? `is not a parameter of ${name}` : issue.message;
      throw new InvalidInputError(`queries/${name}: params.${field} ${message}`);
    }
    return runCypher({ query: question.query.text, params: parsed.data });
  };
}
