// Where a name inside a sequence of capitalized words ends: titles, dates, possessives, bridges and known names.
import { countryOfDemonym, isKnownFamilyName } from '../kb/index';
import { knownAt, type Known, type Segmenting } from './known-names';
import { COLLECTIVE_NOUNS, DEPARTMENT_WORDS, isCommonWord, isDemonymWord, isGivenName, MONTHS_AND_DAYS, NAME_ADJECTIVES, ORG_HEADS, ORG_TAILS, PLACE_HEADS, SITE_TAILS, tailPhrase, TITLE_WORDS, TREATY_HEADS } from './lexicon';
import type { NameSequence } from './sequences';
import type { Token } from './tokens';

const LEGEND_LENGTH = 8;

/** Words an unknown name may run over only inside "X of/for A and B" ("Center for Strategic and International Studies"). */
const BRIDGES = new Set(['and', '&', 'in']);

export function isTitleWord(token: Token): boolean {
  return TITLE_WORDS.has(token.text) && !token.possessive;
}

/** "March", "Jan." and "Tuesday" are dates, unless part of a name ("Theresa May", "Jan Lipavsky"). */
function isDateWord(tokens: Token[], i: number): boolean {
  const word = tokens[i].text;
  if (!MONTHS_AND_DAYS.has(word.replace(/\.$/, ''))) return false;
  const next = tokens[i + 1];
  const namesNext = isGivenName(word) && next?.capitalized && !MONTHS_AND_DAYS.has(next.text);
  return !(i > 0 && isGivenName(tokens[i - 1].text)) && !namesNext;
}

/** Words after which a month is a surname, never a date ("May said", "May also took aim"). */
const SPEECH_AFTER = new Set(['said', 'says', 'told', 'added', 'noted', 'wrote', 'warned', 'argued', 'also', 'has', 'had', 'is', 'was']);

/** "May said the world body ...": the last word of a sequence right before a reporting verb or auxiliary names someone. */
function beforeSpeech(sequence: NameSequence, i: number): boolean {
  const next = sequence.context[sequence.at + i + 1];
  return i === sequence.tokens.length - 1 && !!next && SPEECH_AFTER.has(next.text);
}

/** Whether a one-word name stands right before a reporting verb or auxiliary ("May said"), where no common word would. */
export function namesSpeaker(sequence: NameSequence, last: Token): boolean {
  const at = sequence.tokens.indexOf(last);
  return at >= 0 && beforeSpeech(sequence, at);
}

export function isSkippable(tokens: Token[], i: number, sequence: NameSequence): boolean {
  const token = tokens[i];
  if (isTitleWord(token) || (isDateWord(tokens, i) && !beforeSpeech(sequence, i)) || token.text === 'The') return true;
  if (countryOfDemonym(token.text) || isDemonymWord(token.text)) return true;
  if (/^\p{Lu}\.?$/u.test(token.text) || /^\p{N}/u.test(token.text) || /^I[’']/.test(token.text)) return true;
  // "Wang exchanged views": a known family name written alone opens sentences too.
  return (sequence.headline || (sequence.initial && i === 0)) && isCommonWord(token.text) && !isKnownFamilyName(token.text) && !beforeSpeech(sequence, i);
}

/**
 * A known place opening a longer unknown name is part of it when that name ends in a head ("South China Sea",
 * "Moscow City Court") or a lowercase tail ("Yalta European Strategy forum"); "Bakhmut Scenario" stays Bakhmut.
 */
export function isSwallowed(s: Segmenting, known: Known): boolean {
  const tokens = s.sequence.tokens;
  if (known.kb.type === 'person' || known.tail.length) return false;
  if (known.j === tokens.length) {
    // "The Economist magazine" is still The Economist; "Yalta European Strategy forum" is not Yalta; "a Berlin think
    // tank" describes one in Berlin.
    const phrase = tailPhrase(s.tail);
    const described = /^(?:a|an)$/i.test(s.sequence.context[s.sequence.at - 1]?.text ?? '');
    return phrase !== undefined && !described && known.kb.type !== 'organization' && (ORG_TAILS.has(phrase) || SITE_TAILS.has(phrase));
  }
  if (!tokens[known.j].capitalized || startsPerson(tokens, known.j) || tokens[known.j - 1].possessive) return false;
  // A long run of capitalized words with no connector is a map legend or a list of names, not one long name.
  if (tokens.length > LEGEND_LENGTH && tokens.every((t) => t.capitalized)) return false;
  const last = tokens[tokens.length - 1];
  const headed = ORG_HEADS.has(last.text) || PLACE_HEADS.has(last.text) || TREATY_HEADS.has(last.text) || tailPhrase(s.tail) !== undefined;
  return headed && tokens.slice(known.j).some((t, k) => t.capitalized && !isSkippable(tokens, known.j + k, s.sequence) && !knownAt(s, known.j + k));
}

export function trimConnectors(tokens: Token[]): Token[] {
  let a = 0;
  let b = tokens.length;
  while (a < b && !tokens[a].capitalized) a++;
  while (b > a && !tokens[b - 1].capitalized) b--;
  return tokens.slice(a, b);
}

/** A head noun a possessive may run into within one name ("St. Peter's Square", "People's Republic"). */
function isHead(token: Token): boolean {
  return ORG_HEADS.has(token.text) || PLACE_HEADS.has(token.text);
}

/** A given name followed by a capitalized word starts a person's name ("Foreign Affairs | Vladimir Makei"). */
function startsPerson(tokens: Token[], k: number): boolean {
  return isGivenName(tokens[k].text) && tokens[k + 1]?.capitalized === true && !ORG_HEADS.has(tokens[k + 1].text)
    && !PLACE_HEADS.has(tokens[k + 1].text);
}

/**
 * "Food and Agriculture Organization", "Preventing Sexual Violence in Conflict Initiative": "and" or "in" inside a
 * name that ends in an organization's head; after a head of its own ("University and", "Navy and") another starts.
 */
function bridgesName(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1].text;
  let last = k + 1;
  while (last + 1 < tokens.length && tokens[last + 1].capitalized) last++;
  return BRIDGES.has(tokens[k].text) && tokens[k + 1]?.capitalized === true && ORG_HEADS.has(tokens[last].text)
    && (!ORG_HEADS.has(before) || DEPARTMENT_WORDS.has(before.toLowerCase()));
}

/** "Minister of National Defense Hulusi Akar": the ministry's field belongs to the title, the name starts after it. */
function endsField(tokens: Token[], i: number, k: number): boolean {
  const field = (t: Token): boolean => DEPARTMENT_WORDS.has(t.text.toLowerCase());
  return i >= 2 && tokens[i - 1].text === 'of' && isTitleWord(tokens[i - 2]) && field(tokens[k - 1]) && !field(tokens[k]);
}

/** "Annetta Hewko of the World Federation": two plain words before "of" are a person of the body that follows. */
function personOf(tokens: Token[], i: number, k: number): boolean {
  const plain = (t: Token): boolean => t.capitalized && !isHead(t) && !isTitleWord(t) && !t.possessive;
  return tokens[k].text === 'of' && k - i === 2 && plain(tokens[i]) && plain(tokens[i + 1]) && tokens.slice(k).some(isHead);
}

/** A possessive ends a name unless a head follows ("St. Peter's Square") or it is a collective ("People's Republic"). */
function endsAtPossessive(tokens: Token[], k: number): boolean {
  return tokens[k - 1].possessive && !isHead(tokens[k]) && !COLLECTIVE_NOUNS.has(tokens[k - 1].text);
}

/** Where an unknown run starting at i ends: at a title, a possessive, a known name, or a bridge word outside "X of A and B". */
export function runEnd(s: Segmenting, i: number): number {
  const tokens = s.sequence.tokens;
  let k = i + 1;
  while (k < tokens.length && !endsAtPossessive(tokens, k) && !isTitleWord(tokens[k]) && !isDateWord(tokens, k)) {
    if (startsPerson(tokens, k) || endsField(tokens, i, k) || personOf(tokens, i, k)) break;
    if (tokens[k].text === 'of' && PLACE_HEADS.has(tokens[k - 1].text) && isHead(tokens[tokens.length - 1]) && k < tokens.length - 2) break;
    if (BRIDGES.has(tokens[k].text) && !bridgesName(tokens, k) && !tokens.slice(i, k).some((t) => t.text === 'of' || t.text === 'for')) break;
    const known = knownAt(s, k);
    // A given name makes the next word a surname even when it names a place too ("Hanna Mali").
    const surname = k === i + 1 && isGivenName(tokens[i].text) && known?.j === k + 1;
    // A body known by a bare head ("Congress", "Senate") ends a longer name ("Belarusian People’s Congress").
    const bareHead = known?.j === k + 1 && ORG_HEADS.has(tokens[k].text);
    if (known && !surname && !bareHead && !isSwallowed(s, known)) {
      // "National Security Council": adjectives before a known body make a longer name of their own.
      const opened = known.kb.type === 'organization' && tokens.slice(i, k).every((t) => NAME_ADJECTIVES.has(t.text));
      return opened ? known.j : k;
    }
    k++;
  }
  return k;
}
