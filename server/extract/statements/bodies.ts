// Names the state body a speaker phrase describes: "Ukraine's infrastructure ministry", "the U.S. Embassy in Moscow", "Ukraine's presidency".
import { demonymOf, entityKey, lookupName, ministryFieldName } from '../kb';
import type { ArticleParties, Party } from './parties';

const MINISTRY = /^(?:ministry|ministries)$/;
const PRESIDENCY = new Set(['presidency', "president's office", 'presidential office', 'office of the president']);
const FILLER = new Set(['the', 'a', 'an', 'of', "'s", 's', 'country', "country's", 'nation', "nation's", 'his', 'her', 'its', 'their']);
const MAX_FIELD_WORDS = 3;

function titled(words: string[]): string {
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

function party(name: string, parties: ArticleParties): Party {
  const known = lookupName(name);
  if (known?.type === 'organization') return parties.fromKb(known);
  const own = parties.entity(entityKey('organization', name));
  return own ? parties.partyOf(own) : { key: entityKey('organization', name), name, type: 'organization' };
}

/** "defence ministry", "ministry of infrastructure": the field of a ministry, or undefined. */
function ministryField(words: string[]): string[] | undefined {
  const at = words.findIndex((word) => MINISTRY.test(word));
  if (at === -1) return undefined;
  const before = words.slice(0, at).filter((word) => !FILLER.has(word));
  const after = words[at + 1] === 'of' ? words.slice(at + 2).filter((word) => !FILLER.has(word)) : [];
  const field = after.length ? after : before;
  return field.length && field.length <= MAX_FIELD_WORDS ? field : undefined;
}

/**
 * The body named by lower-case `words` (the state's own name left out) for `state`; `place` is where an embassy sits.
 * A ministry the knowledge base knows keeps its canonical name; others are named "<Demonym> <Field> Ministry".
 */
export function bodyOf(words: string[], state: Party, parties: ArticleParties, place?: Party): Party | undefined {
  const phrase = words.filter((word) => word !== 'the').join(' ');
  if (PRESIDENCY.has(phrase)) {
    const office = lookupName(`Office of the President of ${state.name}`);
    return office ? parties.fromKb(office) : undefined;
  }
  if (words.includes('embassy')) return party(`${state.name} Embassy${place ? ` in ${place.name}` : ''}`, parties);
  const field = ministryField(words);
  const demonym = demonymOf(state.name);
  return field && demonym ? party(`${demonym} ${ministryFieldName(titled(field))} Ministry`, parties) : undefined;
}

/** Whether the words name a body bodyOf can name once a state is known ("the defence ministry"). */
export function namesBody(words: string[]): boolean {
  return words.includes('embassy') || PRESIDENCY.has(words.filter((word) => word !== 'the').join(' ')) || !!ministryField(words);
}
