// Expands a node: one page of its neighbours over the relationship types asked for, with counts so a hub offers a choice.
import type { NeighboursPayload, NeighboursQuery } from '../contract';
import type { Database } from '../graph/database';
import { readNeighbours } from '../graph/read-neighbours';
import { readNode } from '../graph/read-node';

export async function expandNode(db: Database, id: string, query: NeighboursQuery): Promise<NeighboursPayload> {
  const node = await readNode(db, id);
  return readNeighbours(db, {
    id, order: query.order, limit: query.limit, offset: query.offset,
    types: nonEmpty(query.types), outlets: nonEmpty(query.outlet), kinds: nonEmpty(query.kind),
  }, node);
}

function nonEmpty(list: string[] | undefined): string[] | undefined {
  return list && list.length > 0 ? list : undefined;
}
