// Lists the saved questions, and runs one with its parameters checked, through the same read-only path as /api/cypher.
import { questionParamsSchema, type CypherPayload, type SavedQuestionsPayload } from '../contract';
import { InvalidInputError, NotFoundError } from '../errors';
import { savedQuestions, type SavedQuestion } from '../graph/saved-questions';
import type { CypherRun, CypherRunner } from './run-cypher';

export function listSavedQuestions(): SavedQuestionsPayload {
  return {
    queries: [...savedQuestions().values()].map(({ name, title, description, parameters }) => ({ name, title, description, parameters })),
  };
}

export type SavedQuestionRunner = (name: string, params: Record<string, unknown>) => Promise<CypherPayload>;

/** A saved question's run: its query, and its parameters checked against its header, each left out given its default. */
export interface QuestionRun extends Required<CypherRun> {
  question: SavedQuestion;
}

let schemas: Map<string, ReturnType<typeof questionParamsSchema>> | undefined;

function paramsSchema(question: SavedQuestion): ReturnType<typeof questionParamsSchema> {
  schemas ??= new Map([...savedQuestions().values()].map((saved) => [saved.name, questionParamsSchema(saved.parameters)]));
  return schemas.get(question.name)!;
}

/** What running the question `name` with `params` means; 404 for an unknown name, 400 naming a parameter that does not fit. */
export function savedQuestionRun(name: string, params: Record<string, unknown>): QuestionRun {
  const question = savedQuestions().get(name);
  if (!question) throw new NotFoundError(`queries: no saved question is named "${name}"; GET /api/queries lists them`);
  const parsed = paramsSchema(question).safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.code === 'unrecognized_keys' ? `${issue.keys.join(', ')}` : issue.path.join('.');
    const message = issue.code === 'unrecognized_keys' ? `is not a parameter of ${name}` : issue.message;
    throw new InvalidInputError(`queries/${name}: params.${field} ${message}`);
  }
  return { question, query: question.query.text, params: parsed.data };
}

export function savedQuestionRunner(runCypher: CypherRunner): SavedQuestionRunner {
  return async (name, params) => {
    const { query, params: checked } = savedQuestionRun(name, params);
    return runCypher({ query, params: checked });
  };
}
