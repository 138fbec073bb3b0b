// Routes for analysts: their own read-only Cypher.
import { cypherPayload, cypherRequest, errorPayload } from '../../contract';
import { cypherRunner } from '../../use-cases/run-cypher';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';

const refusal = { description: 'Neo4j refused the query (syntax, semantics, a runtime error): `code`, `line`, `column`, `offset` say where.', schema: errorPayload };

export function analystRoutes({ db, analyst }: ApiDeps): Route[] {
  const runCypher = cypherRunner(db, analyst);
  return [
    route({
      method: 'POST', path: '/cypher', operationId: 'runCypher', tag: 'analyst',
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
        200: { description: 'Rows, graph and summary.', schema: cypherPayload },
        400: refusal,
        403: { description: 'The query would write, change the schema or reach outside the graph; `reason` says which.', schema: errorPayload },
        503: { description: 'Neo4j is unavailable, or every query slot is busy; try again later.', schema: errorPayload },
        504: { description: 'The query ran past its time limit and was stopped.', schema: errorPayload },
      },
      handle: ({ body }) => runCypher(body),
    }),
  ];
}
