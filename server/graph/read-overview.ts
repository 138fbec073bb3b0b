// Reads what the workspace opens on: the graph's size, the most quoted speakers, the latest articles, the busiest places.
import type { OverviewPayload } from '../contract';
import { countGraph } from './counts';
import type { Database } from './database';
import { articleNode, entityNode } from './node-data';
import { cypher } from './queries';
import type { Row } from './values';

const ranked = (rows: Row[]) => rows.map((row) => ({ node: entityNode(row.entity as Row), count: Number(row.count) }));

export async function readOverview(db: Database, limit: number): Promise<OverviewPayload> {
  const counts = await countGraph(db);
  const rows = await db.read(async (tx) => ({
    mostQuoted: await tx.run(cypher('read/workspace/most-quoted'), { limit }),
    latestArticles: await tx.run(cypher('read/workspace/latest-articles'), { limit }),
    places: await tx.run(cypher('read/workspace/places-with-most-events'), { limit }),
    outlets: await tx.run(cypher('read/workspace/outlets'), { limit: 100 }),
  }));
  const nodes = counts.articles + counts.entities + counts.statements + counts.events;
  const edges = counts.mentions + counts.said + counts.reportedIn + counts.about + counts.via + counts.actor + counts.target + counts.claims;
  return {
    counts: {
      nodes, edges, articles: counts.articles, people: counts.people, organizations: counts.organizations,
      places: counts.places, statements: counts.statements, events: counts.events,
    },
    mostQuoted: ranked(rows.mostQuoted),
    latestArticles: rows.latestArticles.map((row) => articleNode(row.article as Row)),
    placesWithMostEvents: ranked(rows.places),
    outlets: rows.outlets.map((row) => ({ outlet: String(row.outlet), articles: Number(row.articles) })),
  };
}
