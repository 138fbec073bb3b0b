// Graph analytics: GET /api/analytics scores the entities linked through statements and events.
import { z } from 'zod';
import { nodeType } from './graph';

export const analyticsQuery = z.object({
  article: z.string().regex(/^[0-9a-f]{16,64}$/, { error: 'must be an article id (hexadecimal)' }).optional()
    .describe('Only the statements and events of this article.'),
  entities: z.string().max(20_000, { error: 'is too long' }).optional()
    .transform((text) => (text === undefined ? undefined : text.split(',').map((key) => key.trim()).filter((key) => key !== '')))
    .describe('Comma-separated entity keys: only the links among them (the subgraph they induce).'),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;

export const analyticsNode = z.object({
  id: z.string().describe('The entity key.'),
  label: z.string(),
  type: nodeType,
  degree: z.number().int().describe('How many other entities it is linked to.'),
  weightedDegree: z.number().describe('How many statements and events link it to others.'),
  pagerank: z.number(),
  betweenness: z.number().describe('Shortest paths between other entities that pass through it (unnormalized).'),
  community: z.number().int().describe('Louvain community id.'),
  component: z.number().int().describe('Connected component id.'),
});
export type AnalyticsNode = z.infer<typeof analyticsNode>;

export const analyticsSummary = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  communities: z.number().int(),
  modularity: z.number(),
  components: z.number().int(),
  betweenness: z.enum(['exact', 'approximate']),
  betweennessSamples: z.number().int().optional().describe('Sources sampled when betweenness is approximate.'),
  ms: z.number().describe('Time the computation took (when cached, the time it took then).'),
  cached: z.boolean(),
  graphVersion: z.string().describe('Fingerprint of the graph the scores were computed on; it changes after an ingest.'),
});
export type AnalyticsSummary = z.infer<typeof analyticsSummary>;

export const analyticsPayload = z.object({
  nodes: z.array(analyticsNode).describe('Highest PageRank first.'),
  summary: analyticsSummary,
});
export type AnalyticsPayload = z.infer<typeof analyticsPayload>;
