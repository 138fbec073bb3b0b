// Routes for analysts: their own read-only Cypher, and the saved questions that run through the same path.
import {
  analyticsPayload, analyticsQuery, cypherPayload, cypherRequest, errorPayload, savedQuestionParams, savedQuestionRequest, savedQuestionsPayload,
} from '../../contract';
import { entityAnalytics } from '../../use-cases/entity-analytics';
import type { CypherRunner } from '../../use-cases/run-cypher';
import { listSavedQuestions, savedQuestionRunner } from '../../use-cases/saved-questions';
import { route, type Route, type ResponseSpec } from '../route';
import type { ApiDeps } from './deps';

const QUERY_ANSWERS: Record<number, ResponseSpec> = {
  200: { description: 'Rows, the graph in them, and a summary.', schema: cypherPayload },
  400: { description: 'Invalid input, or Neo4j refused the query (syntax, semantics, a runtime error): `code`, `line`, `column`, `offset` say where.', schema: errorPayload },
  503: { description: 'Neo4j is unavailable, or every query slot is busy; try again later.', schema: errorPayload },
  504: { description: 'The query ran past its time limit and was stopped.', schema: errorPayload },
};

/** `runCypher` is the analysts' one runner (routes/index.ts), which exports by question or query share. */
export function analystRoutes({ longDb }: ApiDeps, runCypher: CypherRunner): Route[] {
  const runQuestion = savedQuestionRunner(runCypher);
  const questions = listSavedQuestions().queries;
  // Analytics read every entity link of the graph once, then keep the result until the graph changes: the long budget.
  const analytics = entityAnalytics(longDb);
  return [
    route({
      method: 'POST', path: '/cypher', operationId: 'runCypher', tag: 'analyst', expensive: true, budget: 'analyst',
      summary: 'Runs one read-only Cypher query: rows, the graph in them, and a summary',
      description: 'Read-only three ways: a read transaction, Neo4j\'s plan must be read-only (EXPLAIN first), and writes, '
        + 'schema changes, LOAD CSV, CALL … IN TRANSACTIONS, administration and procedures off a list are refused. '
        + 'Bounded by a time limit, a row cap and a size cap (see the README).',
      body: cypherRequest,
      examples: {
        body: [
          { query: 'MATCH (p:Person)-[:SAID]->(s:Statement)-[:ABOUT]->(:Place {name: $place}) RETURN p.name AS speaker, s.quote AS quote', params: { place: 'Lyman' } },
          { query: 'MATCH path = (:Person {name: "Dmitry Peskov"})-[:SAID]->(:Statement)-[:ABOUT]->(:Entity) RETURN path LIMIT 10' },
        ],
      },
      responses: {
        ...QUERY_ANSWERS,
        403: { description: 'The query would write, change the schema or reach outside the graph; `reason` says which.', schema: errorPayload },
      },
      handle: ({ body }) => runCypher(body),
    }),
    route({
      method: 'GET', path: '/queries', operationId: 'listSavedQuestions', tag: 'analyst',
      summary: 'The saved questions: name, title, description and typed parameters with defaults',
      responses: { 200: { description: 'Every saved question.', schema: savedQuestionsPayload } },
      handle: async () => listSavedQuestions(),
    }),
    route({
      method: 'POST', path: '/queries/:name', operationId: 'runSavedQuestion', tag: 'analyst', cacheable: true, expensive: true, budget: 'analyst',
      summary: 'Runs one saved question with its parameters, read-only and bounded like POST /api/cypher',
      description: `The questions: ${questions.map((question) => `${question.name} (${question.title})`).join('; ')}.`,
      params: savedQuestionParams,
      body: savedQuestionRequest,
      examples: {
        params: questions.map((question) => ({ name: question.name })),
        body: questions.map((question) => ({ params: Object.fromEntries(question.parameters.map((parameter) => [parameter.name, parameter.default])) })),
      },
      responses: { ...QUERY_ANSWERS, 404: { description: 'No saved question has that name.', schema: errorPayload } },
      handle: ({ params, body }) => runQuestion(params.name, body.params ?? {}),
    }),
    route({
      method: 'GET', path: '/analytics', operationId: 'getAnalytics', tag: 'analyst', expensive: true,
      // The first computation over a large graph reads every entity link; once cached it answers at once.
      budget: 'long',
      summary: 'Scores of the entity graph: degree, PageRank, betweenness, Louvain communities, connected components',
      description: 'Entities are linked when one statement or event involves both (speaker, subjects, agency; actor, target, '
        + 'claimant), weighted by how many do. Computed with graphology; kept until the graph changes.',
      query: analyticsQuery,
      examples: { query: [{}, { article: '91df686907f47033' }, { entities: 'person:dmitry peskov,place:russia,place:ukraine' }] },
      responses: { 200: { description: 'Every entity\'s scores, highest PageRank first, and a summary.', schema: analyticsPayload } },
      handle: ({ query }) => analytics({ articleId: query.article, entityKeys: query.entities }),
    }),
  ];
}
