// The analyst's read-only Cypher: POST /api/cypher takes a query and parameters and answers rows, graph and summary.
import { z } from 'zod';
import { graphPayload } from './graph';

/** Longer query texts are refused before Neo4j sees them: nobody types 100,000 characters of Cypher. */
export const MAX_QUERY_LENGTH = 100_000;

export const cypherParams = z.record(z.string(), z.unknown())
  .describe('Values for the query\'s $parameters; whole numbers reach Cypher as integers, other numbers as floats.');

export const cypherRequest = z.object({
  query: z.string({ error: 'must be a string of Cypher' }).trim()
    .min(1, { error: 'must not be empty' })
    .max(MAX_QUERY_LENGTH, { error: `is too long (${MAX_QUERY_LENGTH} characters at most)` })
    .describe('One read-only Cypher statement.'),
  params: cypherParams.optional(),
});
export type CypherRequest = z.infer<typeof cypherRequest>;

export const queryType = z.enum(['r', 'rw', 'w', 's']).describe('Neo4j\'s query type: r (read only), rw, w (writes), s (schema).');

export const cypherSummary = z.object({
  rows: z.number().int().describe('How many rows the answer holds.'),
  truncated: z.boolean().describe('True when the query had more rows than the answer holds.'),
  truncatedBy: z.enum(['rows', 'bytes']).optional().describe('Which cap cut the answer short: the row cap or the size cap.'),
  ms: z.number().describe('Time from planning to the last row, in milliseconds.'),
  queryType,
});
export type CypherSummary = z.infer<typeof cypherSummary>;

export const cypherPayload = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown()))
    .describe('One object per row, keyed by column. A node is {kind: "node", id, labels, properties}, a relationship '
      + '{kind: "relationship", id, type, source, target, properties}, a path {kind: "path", nodes, relationships}; '
      + 'dates are ISO strings, integers numbers.'),
  graph: graphPayload.describe('Every whosaid node and relationship in the rows, as the Cytoscape elements GET /api/graph sends.'),
  summary: cypherSummary,
});
export type CypherPayload = z.infer<typeof cypherPayload>;

/** What a refused or failed query adds to the error body: Neo4j's own code and where in the text the fault is. */
export const cypherErrorDetails = z.object({
  code: z.string().optional().describe('Neo4j\'s status code, e.g. Neo.ClientError.Statement.SyntaxError.'),
  reason: z.string().optional().describe('Why a query was refused: writes, schema, procedure, load-csv, admin, multiple-statements, ...'),
  line: z.number().int().optional().describe('1-based line of the fault in the query text.'),
  column: z.number().int().optional().describe('1-based column of the fault.'),
  offset: z.number().int().optional().describe('0-based character offset of the fault.'),
});
export type CypherErrorDetails = z.infer<typeof cypherErrorDetails>;
