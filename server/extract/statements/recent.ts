// Looks back over who spoke lately: the body behind "the report said", the think tank behind "analysts", the state behind "officials".
import type { ArticleParties, Party } from './parties';
import type { Spoken } from './pronouns';

/** The latest speaker within `reach` paragraphs before `paragraph` that passes the test. */
export function latestSpoken(history: Spoken[], paragraph: number, reach: number, test: (entry: Spoken) => boolean): Party | undefined {
  for (let at = history.length - 1; at >= 0; at--) {
    const entry = history[at];
    if (entry.paragraph < paragraph - reach) return undefined;
    if (entry.spoke && test(entry)) return entry.party;
  }
  return undefined;
}

/** The state a party speaks for or belongs to: a state itself, or the country the KB gives a person or body. */
export function stateOfParty(party: Party, parties: ArticleParties): Party | undefined {
  if (party.type === 'place') return parties.stateOf(party.name);
  const entity = parties.entity(party.key);
  const country = (entity && parties.facts(entity))?.country ?? entity?.affiliation;
  return country ? parties.stateOf(country) : undefined;
}

/** Whether the party is a think tank or research body, whose analysts speak for it. */
export function isResearchBody(party: Party, parties: ArticleParties): boolean {
  const entity = parties.entity(party.key);
  const kind = entity && parties.facts(entity)?.kind;
  return party.type === 'organization' && (kind === 'thinktank' || kind === 'university' || /\b(?:Institute|Center|Centre)\b/.test(party.name));
}
