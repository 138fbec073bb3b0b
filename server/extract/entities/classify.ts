// Guesses whether an unknown name is a person, an organization or a place from its form and the words around it.
import type { EntityType } from '../types';
import { countryOfDemonym } from '../kb/index';
import { isDemonymWord, isGivenName, ORG_DESCRIPTORS, ORG_HEADS, ORG_TAILS, PLACE_HEADS, PLACE_TAILS, ROLE_NOUNS, TITLE_WORDS } from './lexicon';
import type { RawMention } from './segment';

export type TypeVotes = Record<EntityType, number>;

const SPEECH_VERBS = /^(?:said|says|told|tells|added|adds|wrote|writes|tweeted|stated|noted|explained|warned|argued|claimed|insisted|believes|thinks|added|continued|recalled|asked|replied|declared|stressed|acknowledged|admitted)$/;
const PLACE_PREPOSITIONS = /^(?:in|near|at|from|towards|toward|into|outside|around|over|across|through|to|past|beyond|inside|within|between|on)$/;
const TAKE_VERBS = /^(?:liberated|liberating|captured|capturing|recaptured|retook|seized|entered|entering|shelled|shelling|struck|striking|bombed|bombing|attacked|attacking|took|occupied|occupying|encircled|surrounded|reached|visited|visiting|invaded|invading|annexed)$/;
const SETTLEMENT_OF = /\b(?:towns?|city|cities|villages?|settlements?|communit(?:y|ies)|districts?|region|province|port|suburbs?|outskirts|hamlet|area) of\s*$/i;
const PLACE_SUFFIX = /(?:ivka|ovka|yivka|ivske|ovske|ivsk|ovsk|evsk|ove|ovo|evo|yne|ino|ske|opil|opol|pol|hrad|grad|horod|gorod|ytsia|yny|ychi|ivtsi|ovychi)$/i;
const PLACE_PREFIX = /^(?:Nova|Novo|Novyi|Nove|Velyka|Velykyi|Velyki|Mala|Malyi|Stara|Staryi|Verkhnii|Nyzhnii|Krasnyi|Krasna|Bila|Bilyi|Sviato|Ust|Nizhny|Nizhni|Veliky|Velikiy|Staro|Krasno)$/;
const SURNAME_ENDING = /(?:son|sen|ov|ova|ev|eva|in|ina|enko|chuk|czuk|yk|ik|sky|ski|ska|skyi|skiy|man|mann|er|ez|ley|ton|ell|ard)$/;
const ROLE = `(?:${[...ROLE_NOUNS].join('|')})s?\\b`;
/** ", a military analyst", ", the head of", and without an article only a role with a few title words (", former chairman of"). */
const APPOSITION_ROLE = new RegExp(`^,\\s+(?:(?:(?:also|himself|herself|both)\\s+)?(?:a|an|the|another)\\s+(?:[\\w’'-]+\\s+){0,5}?|\\p{Lu}[\\p{L}.-]*[’']s\\s+(?:[\\w-]+\\s+){0,2}?|(?:(?:former|deputy|acting|senior|then|first|vice|top|chief|prime|foreign|defen[cs]e|interior|press|military|security)\\s+){0,2})${ROLE}`, 'iu');
/** "an analyst at the Conflict Intelligence Team", "a fellow with CSIS": the name after is where someone works. */
const WORKPLACE = new RegExp(`\\b${ROLE}\\s+(?:at|with)\\s+(?:the\\s+)?$`, 'i');
const DETERMINERS = /^(?:the|a|an)$/;

function wordsBefore(m: RawMention, count: number): string[] {
  const at = m.sequence.context.findIndex((t) => t.start === m.start);
  return m.sequence.context.slice(Math.max(0, at - count), Math.max(0, at)).map((t) => t.text);
}

function wordAfter(m: RawMention): string | undefined {
  return m.sequence.context.find((t) => t.start >= m.end)?.text;
}

/** "Hnatov said": a name right before a speech verb speaks, so it is a name even where it opens the sentence. */
export function speaks(m: RawMention): boolean {
  return SPEECH_VERBS.test(wordAfter(m) ?? '');
}

/** Evidence for each type from one mention of an unknown name. */
export function typeVotes(text: string, m: RawMention): TypeVotes {
  const votes: TypeVotes = { person: 0, organization: 0, place: 0 };
  const words = m.tokens.map((t) => t.text);
  const first = words[0];
  // "British Ministry of Defence": the head after an opening adjective is what types the name.
  const lead = words.length > 2 && (isDemonymWord(first) || countryOfDemonym(first)) ? words[1] : first;
  const last = words[words.length - 1];
  const before = wordsBefore(m, 3);
  const previous = before[before.length - 1] ?? '';
  // "captured the Bosphorus": a capture verb takes its place over an article; a preposition does not ("in the Constitution").
  const acted = before.filter((w, k, all) => k < all.length - 1 || !DETERMINERS.test(w));
  const after = wordAfter(m) ?? '';
  const preceding = text.slice(Math.max(0, m.start - 40), m.start);
  const following = text.slice(m.end, m.end + 80);

  if (m.typeHint) votes[m.typeHint] += 6;
  if (m.listedWith) votes[m.listedWith] += 2;
  if (WORKPLACE.test(preceding)) votes.organization += 2;
  if (m.tail && PLACE_TAILS.has(m.tail)) votes.place += 5;
  if (m.tail && ORG_TAILS.has(m.tail)) votes.organization += 5;
  if (ORG_HEADS.has(last) || (words.length > 1 && ORG_HEADS.has(lead) && words.includes('of'))) votes.organization += 4;
  if (ORG_HEADS.has(lead) && (words.includes('for') || words.includes('on'))) votes.organization += 4;
  // "National Union of Journalists", "Great Hall of the People": a head inside the name, before "of".
  const headOf = (heads: Set<string>): boolean => words.some((w, k) => k > 0 && heads.has(w) && words[k + 1] === 'of');
  if (headOf(ORG_HEADS)) votes.organization += 3;
  if (headOf(PLACE_HEADS) || (words.length > 2 && PLACE_HEADS.has(lead) && words[1] === 'of')) votes.place += 3;
  if (PLACE_HEADS.has(last) || (words.length === 2 && /^(?:River|Lake|Mount|Cape|Port)$/.test(first))) votes.place += 4;
  if (ORG_DESCRIPTORS.has(previous)) votes.organization += 3;
  if (words.length >= 2 && words.length <= 4 && isGivenName(first) && !ORG_HEADS.has(last)) votes.person += 3;
  if (TITLE_WORDS.has(previous) || ROLE_NOUNS.has(previous.toLowerCase())) votes.person += 3;
  if (APPOSITION_ROLE.test(following)) votes.person += 2;
  if (words.length === 2 && /^\s+of\s+the\s+\p{Lu}/u.test(following)) votes.person += 1;
  if (SPEECH_VERBS.test(after) || /\b(?:said|told)\s*$/.test(preceding)) votes.person += 1;
  if (SETTLEMENT_OF.test(preceding)) votes.place += 3;
  if (PLACE_PREPOSITIONS.test(previous)) votes.place += 1;
  if (TAKE_VERBS.test(acted[acted.length - 1] ?? '') || TAKE_VERBS.test(acted[acted.length - 2] ?? '')) votes.place += 2;
  if (words.length === 1 && PLACE_SUFFIX.test(first)) votes.place += 1;
  if (words.length > 1 && PLACE_PREFIX.test(first)) votes.place += 2;
  if (words.length > 1 && words.length <= 3 && !PLACE_PREFIX.test(first) && SURNAME_ENDING.test(last)) votes.person += 1;
  if (/^\p{Lu}{2,}$/u.test(first) && words.length === 1) votes.organization += 1;
  if (/^\s+(?:journalists|reported|reports|correspondents?|news agency|reporters)\b/.test(following)) votes.organization += 2;
  return votes;
}

export function addVotes(total: TypeVotes, more: TypeVotes): void {
  total.person += more.person;
  total.organization += more.organization;
  total.place += more.place;
}

/** The best-supported type, or undefined when nothing speaks for any. */
export function bestType(votes: TypeVotes): EntityType | undefined {
  const ranked = (Object.entries(votes) as [EntityType, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > 0 ? ranked[0][0] : undefined;
}
