// Who may act and what may be acted on, per verb: states annex, only leaders of states take towns, outlets do nothing here.
import type { Candidate } from './interpret';
import type { SentenceView } from './view';
import { actingState, forcesOf, regionOf, stateNamed } from './world';
import type { Party } from './world';

// Acts only a state performs: a person or government body doing them does so for its state.
const STATE_ACTS = new Set(['annexed', 'recognized', 'mobilized']);
const MILITARY = new Set(['captured', 'withdrew_from', 'advanced_on']);
const ACTING_BODIES = new Set(['government', 'military', 'group']);
const SILENT_BODIES = new Set(['media', 'platform', 'thinktank', 'university', 'agency']);

/** What a target may be: a place (a region when named as one), a recipient state or body for pledges. */
export function targetParty(candidate: Candidate, party: Party | undefined, asRegion: boolean): Party | undefined {
  if (!party) return undefined;
  const place = asRegion && party.kind !== 'region' ? regionOf(party.name) ?? party : party;
  switch (candidate.verb) {
    case 'pledged': return place.type === 'organization' ? (SILENT_BODIES.has(place.kind) ? undefined : place) : actingState(place);
    case 'recognized': return place.type === 'person' ? undefined : place;
    default: return place.type === 'place' && place.kind !== 'continent' ? place : undefined;
  }
}

function fitsVerb(party: Party, verb: string): boolean {
  if (party.type === 'place') return party.kind === 'country';
  if (party.type === 'organization') return MILITARY.has(verb) || verb === 'attacked' ? ACTING_BODIES.has(party.kind) : !SILENT_BODIES.has(party.kind);
  // A leader commanding a state's forces takes land through them ("Putin occupied Crimea"); other persons do not.
  return !MILITARY.has(verb) || verb !== 'withdrew_from' && forcesOf(party)?.kind === 'country';
}

/** Who may stand as the actor: the state for annexations and recognitions, and only parties fit for the verb. */
function fitActor(candidate: Candidate, found: Party): Party | undefined {
  const actor = STATE_ACTS.has(candidate.verb) && found.type !== 'place' ? actingState(found) ?? found : found;
  return fitsVerb(actor, candidate.verb) ? actor : undefined;
}

/** The actors of a candidate that may do what it names, joint subjects included. */
export function actorParties(candidate: Candidate, view: SentenceView, targets: Party[]): Party[] {
  const found = candidate.actor;
  if (!found) {
    // "the recaptured town of X": retaken by the state it lies in.
    const country = candidate.rule.form === 'adjective' ? targets[0]?.country : undefined;
    const state = country ? stateNamed(country) : undefined;
    return state ? [state] : [];
  }
  // Troops arriving somewhere do not visit it.
  if (candidate.verb === 'visited' && view.tokens[found.index]?.ref?.kind === 'force') return [];
  return [...found.partners ?? [], found.party].map((p) => fitActor(candidate, p)).filter((p): p is Party => !!p);
}

