// Who may act and what may be acted on, by the event type's record: states annex, only leaders of states take towns, outlets do nothing here.
import type { Candidate } from './interpret';
import type { SentenceView } from './view';
import { eventType, type ActorRole } from './types';
import { actingState, forcesOf, regionOf, stateNamed } from './world';
import type { Party } from './world';

/** Governments, armed forces and armed groups act; media, think tanks and agencies only speak. */
const ACTING_BODIES = new Set(['government', 'military', 'group']);
const SILENT_BODIES = new Set(['media', 'platform', 'thinktank', 'university', 'agency']);

/** What a target may be: a place (a region when named as one), a recipient state or body for pledges. */
export function targetParty(candidate: Candidate, party: Party | undefined, asRegion: boolean): Party | undefined {
  if (!party) return undefined;
  const place = asRegion && party.kind !== 'region' ? regionOf(party.name) ?? party : party;
  switch (eventType(candidate.verb).target) {
    case 'recipient': return place.type === 'organization' ? (SILENT_BODIES.has(place.kind) ? undefined : place) : actingState(place);
    case 'named': return place.type === 'person' ? undefined : place;
    default: return place.type === 'place' && place.kind !== 'continent' ? place : undefined;
  }
}

function fitsRole(party: Party, role: ActorRole): boolean {
  if (party.type === 'place') return party.kind === 'country';
  if (party.type === 'organization') return role.bodies === 'acting' ? ACTING_BODIES.has(party.kind) : !SILENT_BODIES.has(party.kind);
  // A leader commanding a state's forces takes land through them ("Putin occupied Crimea"); other persons do not.
  if (role.persons === 'commanders') return forcesOf(party)?.kind === 'country';
  return role.persons !== 'none';
}

/** Who may stand as the actor: the state for state acts, and only parties fit for the type. */
function fitActor(candidate: Candidate, found: Party): Party | undefined {
  const role = eventType(candidate.verb).actor;
  const actor = role.state && found.type !== 'place' ? actingState(found) ?? found : found;
  return fitsRole(actor, role) ? actor : undefined;
}

/** "met Putin in Moscow": a person's presence tells of a visit only in a place outside the person's own state. */
export function isAbroad(actor: Party, target: Party): boolean {
  const home = actor.type === 'person' ? actor.country : undefined;
  const where = target.type === 'place' && target.kind === 'country' ? target.name : target.country;
  return !!home && !!where && home !== where;
}

/** The actors of a candidate that may do what it names, joint subjects included. */
export function actorParties(candidate: Candidate, view: SentenceView, targets: Party[]): Party[] {
  const found = candidate.actor;
  if (!found) {
    // "the recaptured town of X": retaken by the state it lies in.
    const country = candidate.rule.byHomeState ? targets[0]?.country : undefined;
    const state = country ? stateNamed(country) : undefined;
    return state ? [state] : [];
  }
  if (eventType(candidate.verb).actor.forces === false && view.tokens[found.index]?.ref?.kind === 'force') return [];
  return [...found.partners ?? [], found.party].map((p) => fitActor(candidate, p)).filter((p): p is Party => !!p);
}
