// What the event rules need to know about the parties they meet: which names are states, who acts for which state.
import type { Entity, EntityType } from '../types';
import { countryOfCapital, countryOfDemonym, entityKey, kbEntityByKey, lookupName, regionNamed } from '../kb/index';
import type { KbEntity } from '../kb/index';
import type { Presumption } from './types';

/** A resolved participant of an event: a named entity with the finer class the rules need. */
export interface Party {
  name: string;
  key: string;
  type: EntityType;
  /** country | city | region | person | government | military | organization | place ... */
  kind: string;
  /** The state a person or body belongs to, or a place lies in. */
  country?: string;
  /** A person's office ("president") and the body they serve ("Wagner Group"). */
  role?: string;
  affiliation?: string;
}

const REGION_NAME = /\s(?:region|oblast|province)$/i;

function fromKb(kb: KbEntity): Party {
  return { name: kb.name, key: kb.key, type: kb.type, kind: kb.kind, country: kb.country, role: kb.role, affiliation: kb.affiliation };
}

const CITY_SUFFIX = /\s+city$/i;

/** "Kyiv City" names the city Kyiv when the knowledge base knows that city. */
function cityOfName(entity: Entity): KbEntity | undefined {
  if (entity.type !== 'place' || !CITY_SUFFIX.test(entity.name)) return undefined;
  const city = lookupName(entity.name.replace(CITY_SUFFIX, ''));
  return city?.kind === 'city' ? city : undefined;
}

/** The party an article entity is, with the class and state the knowledge base knows for it. */
export function partyOfEntity(entity: Entity): Party {
  const city = cityOfName(entity);
  if (city) return fromKb(city);
  const kb = kbEntityByKey(entity.key) ?? lookupName(entity.name);
  const known = kb && kb.type === entity.type ? kb : undefined;
  const guessedKind = entity.type === 'place' ? (REGION_NAME.test(entity.name) ? 'region' : 'place') : entity.type;
  return {
    name: entity.name,
    key: entity.key,
    type: entity.type,
    kind: known?.kind ?? guessedKind,
    country: known?.country ?? (known?.kind === 'country' ? known.name : entity.affiliation),
    role: known?.role ?? entity.role,
    affiliation: known?.affiliation ?? entity.affiliation,
  };
}

/** The non-state group a person belongs to ("Wagner Group" for Prigozhin), for whom their "we" speaks. */
export function groupOf(person: Party): Party | undefined {
  const kb = person.affiliation ? lookupName(person.affiliation) : undefined;
  return kb?.type === 'organization' && kb.kind === 'group' ? fromKb(kb) : undefined;
}

export function stateNamed(name: string): Party | undefined {
  const kb = kbEntityByKey(entityKey('place', name)) ?? lookupName(name);
  return kb?.kind === 'country' ? fromKb(kb) : undefined;
}

export function stateOfDemonym(word: string): Party | undefined {
  const kb = countryOfDemonym(word);
  return kb ? fromKb(kb) : undefined;
}

/** The state a word joined before a participle names ("moscow" in "Moscow-annexed", "russian", "russia"), if any. */
export function stateOfPrefix(word: string): Party | undefined {
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  const place = lookupName(name);
  return stateOfDemonym(name) ?? stateNamed(name) ?? (place?.type === 'place' ? stateOfCapital(fromKb(place)) : undefined);
}

export function isState(party: Party): boolean {
  return party.kind === 'country';
}

/** The state a capital stands for when it acts ("Kyiv said", "Moscow's troops"). */
export function stateOfCapital(party: Party): Party | undefined {
  if (party.type !== 'place' || party.kind === 'country') return undefined;
  const kb = countryOfCapital(party.name);
  return kb ? fromKb(kb) : undefined;
}

/** The capital city of a state ("the Ukrainian capital" -> Kyiv). */
export function capitalOf(state: Party): Party | undefined {
  const kb = kbEntityByKey(state.key);
  const capital = kb?.capital ? lookupName(kb.capital) : undefined;
  return capital ? fromKb(capital) : undefined;
}

/** The "<X> region" entity for a bare name used as a region ("Donetsk, Luhansk ... regions"), when X is one. */
export function regionOf(bare: string): Party | undefined {
  const kb = regionNamed(bare);
  return kb ? fromKb(kb) : undefined;
}

/** The state a party acts for: itself for a state, the state for its capital, government and armed forces. */
export function actingState(party: Party): Party | undefined {
  if (isState(party)) return party;
  const capital = stateOfCapital(party);
  if (capital) return capital;
  if (party.country && (party.kind === 'government' || party.kind === 'military' || party.type === 'person')) {
    return stateNamed(party.country);
  }
  return undefined;
}

/** Who an actor really is: the state for capitals, governments and armed forces; persons and other bodies themselves. */
export function asActor(party: Party): Party | undefined {
  if (party.type === 'person') return party;
  if (party.type === 'organization') return party.kind === 'government' || party.kind === 'military'
    ? actingState(party) ?? party : party;
  return actingState(party);
}

// Offices whose holder commands the state's forces ("his forces" of a president are the state's).
const COMMANDING = /\b(?:president|prime minister|premier|chancellor|defen[cs]e (?:minister|secretary)|commander|king|head of state)\b/i;

/** Whose forces a person's are: an armed group they lead (Wagner Group), or the state they command. */
export function forcesOf(party: Party): Party | undefined {
  if (party.type !== 'person') return actingState(party);
  const body = party.affiliation ? lookupName(party.affiliation) : undefined;
  if (body?.type === 'organization' && body.kind === 'group') return fromKb(body);
  return party.role && COMMANDING.test(party.role) && !/former|opposition/i.test(party.role) ? actingState(party) : undefined;
}

/** Who did it when the article names no one ("the annexation of Crimea"): the one state known to do it there. */
export function presumedActor(presumed: Presumption, targets: Party[]): Party | undefined {
  const except = new Set(presumed.except ?? []);
  if (targets.some((t) => except.has(t.name) || (presumed.wholeCountries === false && isState(t)))) return undefined;
  const actors = new Set(targets.map((t) => presumed.byPlaceIn[(isState(t) ? t.name : t.country) ?? '']));
  const [only] = actors;
  return actors.size === 1 && only ? stateNamed(only) : undefined;
}

/** "Starychi district in Lviv": a place the knowledge base does not know lies in the country of the known place it is said to be in. */
export function placedWithin(party: Party | undefined, wider: Party | undefined): Party | undefined {
  if (!party || party.type !== 'place' || party.country || !wider || wider.type !== 'place') return party;
  const country = isState(wider) ? wider.name : wider.country;
  return country ? { ...party, country } : party;
}
