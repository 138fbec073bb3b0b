// The workspace's reads: the overview it opens on, a node's neighbours by relationship type, edges among nodes.
import { z } from 'zod';
import { graphPayload, graphNodeData } from './graph';
import { wholeNumber as whole } from './numbers';
import { articleRef } from './nodes';


/** A comma-separated list in a query string ("SAID,ABOUT"); absent or empty means "no filter". */
const list = (pattern: RegExp, what: string) => z.string().max(2000, { error: 'is too long' })
  .transform((text) => text.split(',').map((item) => item.trim()).filter((item) => item !== ''))
  .refine((items) => items.every((item) => pattern.test(item)), { error: `must be a comma-separated list of ${what}` })
  .optional();

export const relationshipTypes = ['SAID', 'ABOUT', 'VIA', 'REPORTED_IN', 'CLAIMS', 'ACTOR', 'TARGET', 'MENTIONS'] as const;

export const factFilters = {
  outlet: list(/^[^,]{1,200}$/, 'outlet names').describe('Only facts and articles from these outlets (comma-separated).'),
  kind: list(/^(direct|mixed|indirect)$/, 'statement kinds (direct, mixed, indirect)').describe('Only statements of these kinds.'),
};

export const neighboursQuery = z.object({
  types: list(/^[A-Z_]{2,20}$/, 'relationship types (SAID, ABOUT, …)').describe('Only these relationship types (comma-separated).'),
  ...factFilters,
  order: z.enum(['count', 'date', 'name'], { error: 'must be count, date or name' }).default('count')
    .describe('count: best connected first; date: newest first; name: alphabetical.'),
  limit: whole(1, 500).default(50),
  offset: whole(0, 1_000_000).default(0),
});
export type NeighboursQuery = z.infer<typeof neighboursQuery>;

export const relationshipCount = z.object({
  type: z.string(),
  direction: z.enum(['out', 'in']).describe('out: from the node to its neighbour; in: from the neighbour to the node.'),
  count: z.number().int(),
});
export type RelationshipCount = z.infer<typeof relationshipCount>;

export const neighboursPayload = graphPayload.extend({
  node: graphNodeData,
  counts: z.array(relationshipCount).describe('How many neighbours each relationship type and direction holds, unfiltered.'),
  total: z.number().int().describe('Neighbours that match the filters, before offset and limit.'),
  offset: z.number().int(),
  limit: z.number().int(),
});
export type NeighboursPayload = z.infer<typeof neighboursPayload>;

export const subgraphBody = z.object({
  ids: z.array(z.string().min(1).max(500)).max(5000, { error: 'holds more than 5000 ids' })
    .describe('Node ids; the answer holds these nodes and the relationships whose two ends are both among them.'),
});
export type SubgraphBody = z.infer<typeof subgraphBody>;

const ranked = (what: string) => z.array(z.object({ node: graphNodeData, count: z.number().int().describe(what) }));

export const overviewPayload = z.object({
  counts: z.object({
    nodes: z.number().int(), edges: z.number().int(),
    articles: z.number().int(), people: z.number().int(), organizations: z.number().int(), places: z.number().int(),
    statements: z.number().int(), events: z.number().int(),
  }),
  mostQuoted: ranked('statements they made'),
  latestArticles: z.array(graphNodeData),
  placesWithMostEvents: ranked('events that target them'),
  outlets: z.array(z.object({ outlet: z.string(), articles: z.number().int() })),
});
export type OverviewPayload = z.infer<typeof overviewPayload>;

export const timelineQuery = z.object(factFilters);
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const timelinePayload = z.object({
  days: z.array(z.object({
    date: z.string().describe('YYYY-MM-DD'),
    eventsByEventDate: z.number().int().describe('Events the text dates to this day.'),
    eventsByReportDate: z.number().int().describe('Events reported in an article of this day.'),
    statements: z.number().int().describe('Statements reported in an article of this day.'),
  })),
  undatedEvents: z.number().int().describe('Events the text gives no date for (they are counted by report date only).'),
});
export type TimelinePayload = z.infer<typeof timelinePayload>;

