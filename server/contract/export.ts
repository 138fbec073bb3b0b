// Exports of a subgraph: which part of the graph (the selection), into which format, with the view to reopen it in.
import { z } from 'zod';
import { cypherParams, cypherRequest } from './cypher';
import { nodeTypes } from './graph';
import { savedQuestionParams } from './queries';

export const exportFormats = ['cytoscape', 'graphology', 'graphml', 'gexf', 'neo4j-csv', 'cypher', 'citations', 'report', 'bundle'] as const;
export const exportFormat = z.enum(exportFormats, { error: `must be one of ${exportFormats.join(', ')}` });
export type ExportFormat = z.infer<typeof exportFormat>;

/** How far from the chosen nodes the selection reaches: 0 is the nodes alone. */
export const MAX_DEPTH = 3;
/** More ids than this in one selection is a whole-graph export in disguise: ask for the whole graph instead. */
export const MAX_SELECTED_NODES = 5_000;

const nodeId = z.string().trim().min(1, { error: 'must not hold an empty id' }).max(500, { error: 'holds an id that is too long' });
const articleId = z.string().regex(/^[0-9a-f]{16,64}$/, { error: 'must be an article id (hexadecimal)' });
const depth = z.coerce.number({ error: `must be a number from 0 to ${MAX_DEPTH}` }).int({ error: `must be a number from 0 to ${MAX_DEPTH}` })
  .min(0, { error: `must be a number from 0 to ${MAX_DEPTH}` }).max(MAX_DEPTH, { error: `must be a number from 0 to ${MAX_DEPTH}` });
const title = z.string().trim().min(1, { error: 'must not be empty' }).max(200, { error: 'is too long (200 characters at most)' });
const question = savedQuestionParams.shape.name;
const query = cypherRequest.shape.query;

/** What part of the graph to export; none of them means the whole graph. */
export const exportSelection = z.object({
  nodes: z.array(nodeId).min(1, { error: 'must name at least one node' }).max(MAX_SELECTED_NODES, { error: `must name at most ${MAX_SELECTED_NODES} nodes` })
    .optional().describe('Stable node ids (GraphNodeData.id).'),
  depth: depth.default(0).describe('With nodes: add their neighbours up to this many links away.'),
  article: articleId.optional().describe('One article, its statements and events, and the entities they involve.'),
  question: question.optional()
    .describe('A saved question (GET /api/queries): the nodes its answer names, run read-only as POST /api/queries/{name} runs it.'),
  cypher: query.optional()
    .describe('A read-only Cypher query, run as POST /api/cypher runs it: the nodes its answer names.'),
  params: cypherParams.optional().describe('With question or cypher: the values of its $parameters.'),
}).strict();
export type ExportSelection = z.infer<typeof exportSelection>;

/** The ways of choosing; a request uses one of them at most (none is the whole graph). */
const WAYS = ['nodes', 'article', 'question', 'cypher'] as const;

/** One way of choosing at most, and the options that go with one way only given with it. */
function checkOneWay(selection: Partial<ExportSelection>, context: z.RefinementCtx): void {
  const ways = WAYS.filter((way) => selection[way] !== undefined);
  if (ways.length > 1) context.addIssue({ code: 'custom', message: `choose at most one of ${WAYS.join(', ')} (got ${ways.join(' and ')})`, path: [ways[1]] });
  if ((selection.depth ?? 0) > 0 && selection.nodes === undefined) context.addIssue({ code: 'custom', message: 'goes with nodes only', path: ['depth'] });
  if (selection.params !== undefined && selection.question === undefined && selection.cypher === undefined) {
    context.addIssue({ code: 'custom', message: 'goes with question or cypher only', path: ['params'] });
  }
}

/** Where the explorer stood when the export was made, so that a bundle reopens in the same view. */
export const exportView = z.object({
  positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })).describe('Node id to model position.'),
  zoom: z.number().positive(),
  pan: z.object({ x: z.number(), y: z.number() }),
  hiddenTypes: z.array(z.enum(nodeTypes)).default([]).describe('Node types the legend filter hides.'),
}).strict();
export type ExportView = z.infer<typeof exportView>;

const PARAMS_AS_JSON = 'must be a JSON object of the parameters\' values, e.g. {"speaker": "Dmitry Peskov"}';

/** `params` in a query string: a JSON object. */
const paramsJson = z.string().max(200_000, { error: 'is too long' }).transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: PARAMS_AS_JSON });
    return z.NEVER;
  }
}).pipe(z.record(z.string(), z.unknown(), { error: PARAMS_AS_JSON }));

/** GET /api/export: the selection in the query string, node ids comma-separated, parameters as JSON. */
export const exportQuery = z.object({
  format: exportFormat,
  nodes: z.string().max(200_000, { error: 'is too long' }).transform((list) => list.split(',').map((id) => id.trim()).filter((id) => id !== ''))
    .pipe(exportSelection.shape.nodes.unwrap()).optional()
    .describe('Comma-separated stable node ids.'),
  depth: exportSelection.shape.depth,
  article: exportSelection.shape.article,
  question: exportSelection.shape.question,
  cypher: exportSelection.shape.cypher,
  params: paramsJson.optional().describe('With question or cypher: a JSON object of the values of its $parameters.'),
  title: title.optional().describe('The title of the report; a description of the selection when absent.'),
}).strict().superRefine(checkOneWay);
export type ExportQuery = z.infer<typeof exportQuery>;

/** POST /api/export: the selection as JSON, and optionally the view the bundle should reopen in. */
export const exportRequest = z.object({
  format: exportFormat,
  selection: exportSelection.superRefine(checkOneWay).default({ depth: 0 }),
  title: title.optional(),
  view: exportView.optional(),
}).strict();
export type ExportRequest = z.infer<typeof exportRequest>;
