// A place's claims view: who claimed what about control over it and the places named after it, contradictions marked.
import type { PlaceClaimsPayload } from '../contract';
import type { Database } from '../graph/database';
import { readPlaceClaims } from '../graph/read-place-claims';
import { CONTROL_VERBS, toControlClaims } from './control-claims';

/** A place rarely has more; past this the view shows the oldest and says how many there are. */
export const CLAIMS_LIMIT = 500;

export async function placeClaims(db: Database, key: string): Promise<PlaceClaimsPayload> {
  const { place, related, rows, total } = await readPlaceClaims(db, key, Object.keys(CONTROL_VERBS), CLAIMS_LIMIT);
  return { place, related, claims: toControlClaims(rows), total };
}
