// Reads who claims each of some events: the claimant the text names and the speakers of statements asserting it.
import type { Claimant } from '../contract';
import type { Transaction } from './database';
import { cypher } from './queries';
import type { Row } from './values';

/** Claimants by event id, the named claimant first, each name once. */
export async function readClaimants(tx: Transaction, eventIds: string[]): Promise<Map<string, Claimant[]>> {
  const byEvent = new Map<string, Claimant[]>();
  if (eventIds.length === 0) return byEvent;
  for (const row of await tx.run(cypher('read/event-claimants'), { ids: eventIds })) {
    const claimants: Claimant[] = [];
    if (typeof row.claimedBy === 'string') {
      claimants.push({ name: row.claimedBy, id: (row.claimedById as string | null) ?? null, statementId: null });
    }
    for (const claim of row.statementClaimants as Row[]) {
      if (claim.statementId == null) continue;
      const name = String(claim.name ?? 'an unnamed speaker');
      const known = claimants.find((c) => c.name === name);
      if (known) known.statementId ??= String(claim.statementId);
      else claimants.push({ name, id: (claim.id as string | null) ?? null, statementId: String(claim.statementId) });
    }
    byEvent.set(String(row.event), claimants);
  }
  return byEvent;
}
