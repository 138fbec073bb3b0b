// The graph as the API sends it: Cytoscape.js elements keyed by stable ids (GET /api/graph and every subgraph).
import { z } from 'zod';

export const nodeTypes = ['person', 'organization', 'place', 'statement', 'event', 'article'] as const;
export const nodeType = z.enum(nodeTypes);
export type NodeType = z.infer<typeof nodeType>;

export const graphNodeData = z.object({
  id: z.string().describe('Stable key: an entity key ("person:vladimir putin"), a statement or event id, an article id. Never a Neo4j id.'),
  label: z.string(),
  type: nodeType,
}).catchall(z.unknown());
export type GraphNodeData = z.infer<typeof graphNodeData>;

export const graphEdgeData = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string().describe('Relationship type: SAID, ABOUT, VIA, REPORTED_IN, MENTIONS, ACTOR, TARGET, CLAIMS.'),
}).catchall(z.unknown());
export type GraphEdgeData = z.infer<typeof graphEdgeData>;

export const graphPayload = z.object({
  elements: z.object({
    nodes: z.array(z.object({
      data: graphNodeData,
      position: z.object({ x: z.number(), y: z.number() }).optional()
        .describe('Where the explorer\'s force layout places the node: sent with the whole graph when the explorer opens it whole (server/canvas-layout/opening-canvas.ts).'),
    })),
    edges: z.array(z.object({ data: graphEdgeData })),
  }),
});
export type GraphPayload = z.infer<typeof graphPayload>;

export const graphQuery = z.object({
  article: z.string().regex(/^[0-9a-f]{16,64}$/, { error: 'must be an article id (hexadecimal)' }).optional()
    .describe('Only this article, its facts and the entities they involve.'),
});
export type GraphQuery = z.infer<typeof graphQuery>;
