// Reads the control claims about a place and the places named after it, each with its article and claimants.
import type { Claimant, ArticleRef, GraphNodeData } from '../contract';
import { NotFoundError } from '../errors';
import type { Database } from './database';
import { entityNode } from './node-data';
import { cypher } from './queries';
import { readClaimants } from './read-claimants';
import type { Row } from './values';

export interface ClaimRow {
  event: { id: string; verb: string; actor: string; target: string; date: string | null; modality: string | null };
  place: string;
  article: ArticleRef;
  claimants: Claimant[];
}

export interface PlaceClaimRows {
  place: GraphNodeData;
  related: GraphNodeData[];
  rows: ClaimRow[];
  total: number;
}

export async function readPlaceClaims(db: Database, key: string, verbs: string[], limit: number): Promise<PlaceClaimRows> {
  return db.read(async (tx) => {
    const [found] = await tx.run(cypher('read/node'), { id: key });
    if (!found || found.type !== 'place') throw new NotFoundError(`claims: no place has the id "${key}"`);
    const related = (await tx.run(cypher('read/workspace/related-places'), { key })).map((row) => entityNode(row.entity as Row));
    const keys = [key, ...related.map((place) => place.id)];
    const [{ total }] = await tx.run(cypher('read/workspace/place-claim-count'), { keys, verbs });
    const rows = await tx.run(cypher('read/workspace/place-claims'), { keys, verbs, limit });
    const claimants = await readClaimants(tx, rows.map((row) => String((row.event as Row).id)));
    return {
      place: entityNode(found.data as Row),
      related,
      total: Number(total),
      rows: rows.map((row) => {
        const event = row.event as Row;
        return {
          event: {
            id: String(event.id), verb: String(event.verb), actor: String(event.actor), target: String(event.target),
            date: typeof event.date === 'string' ? event.date : null,
            modality: typeof event.modality === 'string' ? event.modality : null,
          },
          place: String(row.place),
          article: row.article as ArticleRef,
          claimants: claimants.get(String(event.id)) ?? [],
        };
      }),
    };
  });
}
