// Names coordinated in one list ("Syria, Myanmar, Xinjiang and the South China Sea") are usually of one kind.
import type { EntityType } from '../types';
import type { RawMention } from './segment';
import { bestType, typeVotes } from './classify';

const LIST_GAP = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)(?:(?:the\s+)?(?:north|south|east|west)(?:ern|-?eastern|-?western)?\s+|the\s+)?$/;

/** Runs of names joined by commas and "and" in one sentence ("Donetsk, Luhansk and Kherson"). */
export function lists(text: string, mentions: RawMention[]): RawMention[][] {
  const groups: RawMention[][] = [];
  for (const m of mentions) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (previous && previous.sentence === m.sentence && LIST_GAP.test(text.slice(previous.end, m.start))) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * An unknown name listed with known names of a single type is taken to be of that type too; a lone country is not
 * enough, since countries act beside people ("Russia and Stalin invaded").
 */
export function markListedTypes(text: string, mentions: RawMention[]): void {
  for (const group of lists(text, mentions)) {
    const known = group.filter((m) => m.kb && !m.attributive);
    const types = new Set<EntityType>(known.map((m) => m.kb!.type));
    if (!known.length && group.length > 1) { markByFirst(text, group); continue; }
    if (types.size !== 1 || (known.length === 1 && known[0].kb!.kind === 'country')) continue;
    const [type] = types;
    for (const m of group) if (!m.kb) m.listedWith = type;
  }
}

/**
 * "liberated Neskuchne, Storozheve and Blahodatne": in a list of unknown names only the first stands next to the words
 * that type it; the others are places too when its context makes it one.
 */
function markByFirst(text: string, group: RawMention[]): void {
  // Only places: persons and bodies are listed with titles and roles of their own, and a guess spread there misleads.
  if (bestType(typeVotes(text, group[0])) === 'place') for (const m of group.slice(1)) m.listedWith = 'place';
}
