// The article's references in order, to resolve pronouns ("its troops", "he") and descriptions ("the city") to what they point back to.
import type { Ref } from './refs';
import descriptions from '../kb/descriptions.json';
import { FEMALE_PRONOUNS, MALE_PRONOUNS, PLURAL_PRONOUNS } from '../language/words';
import { actingState, capitalOf, forcesOf, isState, stateOfCapital } from './world';
import type { Party } from './world';
import { firstStartingAt } from '../spans';

const PERSONAL = new Set([...MALE_PRONOUNS, 'his', ...FEMALE_PRONOUNS]);
const PLURAL = new Set(PLURAL_PRONOUNS);
const LOOKBACK_SENTENCES = 4;
const AID_LOOKBACK_SENTENCES = 2;
/** How often a state must be named as the one helped for the article to be about aid to it. */
const SALIENT_AID_MENTIONS = 2;
/** How often a person must be named for "he" far from any other person to mean them, and how far back no other may be. */
const SALIENT_PERSON_MENTIONS = 3;
const SALIENT_PERSON_LOOKBACK = 6;
const PRONOUN_LOOKBACK = 1;
// However long a run-on sentence, a reference points back at most this many names.
const MAX_REFS_BACK = 60;
const PERSON_PRONOUN_LOOKBACK = 2;
/** How far back the holder of an office ("the premier") may have been named. */
const TITLE_LOOKBACK_SENTENCES = 12;
/** Offices a title may name ("the premier" is a prime minister or a taoiseach). */
const TITLE_ROLES: Record<string, string[]> = descriptions.personRoles;

/** Quoted words and who says them: "I" and "we" inside them are the speaker. */
export interface QuotedSpeaker {
  start: number;
  end: number;
  speaker: Party;
}

export class ArticleContext {
  private readonly refs: Ref[];
  private readonly aidedInArticle: Party | undefined;
  private readonly salientPerson: Party | undefined;

  constructor(refsBySentence: Ref[][], private readonly quoted: QuotedSpeaker[] = [], private readonly reported: QuotedSpeaker[] = []) {
    this.refs = refsBySentence.flat();
    this.aidedInArticle = mostAided(this.refs);
    this.salientPerson = mostNamed(this.refs.filter((ref) => ref.kind === 'entity' && ref.party?.type === 'person').map((ref) => ref.party!),
      SALIENT_PERSON_MENTIONS);
  }

  /** "“I am announcing $225 million for Ukraine,” Biden said": the speaker of the quotation holding `offset`, if any. */
  speakerAt(offset: number): Party | undefined {
    return this.quoted.find((q) => q.start <= offset && offset < q.end)?.speaker;
  }

  /** What a reference names: its own party, or what its pronoun or description points back to. */
  resolve(ref: Ref): Party | undefined {
    if (ref.kind === 'anaphor') return this.resolveAnaphor(ref);
    if (ref.kind === 'title') return this.resolveTitle(ref);
    // "The Kremlin said the army had taken X": the army a speaker's words name without a state is the speaker's.
    if (ref.pronoun === 'the') {
      const speaker = this.reported.find((q) => q.start <= ref.start && ref.start < q.end)?.speaker;
      return speaker && (actingState(speaker) ?? speaker);
    }
    if (ref.pronoun) {
      // "“Our troops liberated Izium,” Zelensky said": "our" inside quoted words is the speaker's side.
      const antecedent = ref.pronoun === 'our' ? this.speakerAt(ref.start) : this.resolvePronoun(ref.pronoun, ref.start, ref.sentence);
      if (antecedent?.type !== 'person') return antecedent;
      return ref.ownState ? actingState(antecedent) : forcesOf(antecedent);
    }
    return ref.party;
  }

  /** The party a pronoun points back to: the latest person for he/she, the latest state or body for it/they. */
  resolvePronoun(pronoun: string, before: number, sentence: number): Party | undefined {
    const word = pronoun.toLowerCase();
    const personal = PERSONAL.has(word);
    // A state is "it"; "they" are its troops.
    const plural = PLURAL.has(word);
    // "Ukrainian forces pressed on. They retook Izyum": "they" reaches the forces of the sentence before.
    const lookback = personal ? PERSON_PRONOUN_LOOKBACK : PRONOUN_LOOKBACK;
    // Past a person in its own sentence, "he" most likely means the person a recent sentence was about, not one it named in passing.
    const person = (ref: Ref, party: Party) => !ref.oblique && party.type === 'person';
    const subject = personal ? this.latest(before, sentence, person, (party) => party, 0)
      ?? this.latest(before, sentence, (ref, party) => !!ref.subject && party.type === 'person', (party) => party, lookback) : undefined;
    return subject ?? this.latest(before, sentence, (ref, party) => {
      if (ref.oblique) return false;
      if (personal) return party.type === 'person';
      if (ref.kind === 'force') return true;
      if (plural || ref.kind === 'demonym') return false;
      return party.type === 'organization' || isState(party) || !!stateOfCapital(party);
    }, (party) => (personal || party.type === 'organization' ? party : actingState(party) ?? party), lookback)
      // "This is how he took over Crimea in 2014", paragraphs after Putin was last named: the person the article is about.
      ?? (personal && !this.otherPersonSince(before, sentence - SALIENT_PERSON_LOOKBACK) ? this.salientPerson : undefined);
  }

  /** Whether a person other than the salient one is named from sentence `since` on: then "he" may mean them. */
  private otherPersonSince(before: number, since: number): boolean {
    for (let i = this.lastIndexBefore(before); i >= 0 && this.refs[i].sentence >= since; i--) {
      const party = this.refs[i].kind === 'entity' ? this.refs[i].party : undefined;
      if (party?.type === 'person' && party.key !== this.salientPerson?.key) return true;
    }
    return false;
  }

  /**
   * The state last named as the one helped ("support for Ukraine") shortly before, other than those excluded; else the
   * state the article names most often as helped ("the UK pledged 14 tanks" in a piece on tanks for Ukraine).
   */
  latestAided(before: number, sentence: number, exclude: Set<string>): Party | undefined {
    const latest = this.latest(before, sentence, (ref, party) => {
      const state = actingState(party);
      return (!!ref.aided && party.type !== 'person' || !!ref.asksForAid) && !!state && !exclude.has(state.key);
    }, (party) => actingState(party), AID_LOOKBACK_SENTENCES);
    return latest ?? (this.aidedInArticle && !exclude.has(this.aidedInArticle.key) ? this.aidedInArticle : undefined);
  }

  /** "the Irish premier": the latest person named before who holds the office, of the state when one is named. */
  private resolveTitle(ref: Ref): Party | undefined {
    const offices = TITLE_ROLES[ref.title ?? ''] ?? [ref.title ?? ''];
    return this.latest(ref.start, ref.sentence, (earlier, party) => {
      if (earlier.kind !== 'entity' || party.type !== 'person') return false;
      const role = (party.role ?? '').toLowerCase().replace(/-/g, ' ');
      return offices.some((office) => role.includes(office.replace(/-/g, ' '))) && (!ref.ofState || party.country === ref.ofState.name)
        && (!ref.ofBody || party.affiliation === ref.ofBody || party.country === ref.ofBody);
    }, (party) => party, TITLE_LOOKBACK_SENTENCES);
  }

  private resolveAnaphor(ref: Ref): Party | undefined {
    if (ref.ofState) return capitalOf(ref.ofState);
    return this.latest(ref.start, ref.sentence, (earlier, party) => {
      // "the country" may point back at a state through its army or ministry ("Ukraine's Defense Ministry").
      if (ref.placeKind === 'country') return party.type !== 'person' && earlier.kind !== 'demonym' && !!actingState(party);
      if (earlier.kind !== 'entity' || earlier.possessive || party.type !== 'place') return false;
      switch (ref.placeKind) {
        case 'region': return party.kind === 'region';
        case 'capital': return !!stateOfCapital(party);
        default: return party.kind === 'city' || party.kind === 'place';
      }
    }, (party) => (ref.placeKind === 'country' ? actingState(party) : party));
  }

  private latest(
    before: number, sentence: number,
    accept: (ref: Ref, party: Party) => boolean, map: (party: Party) => Party | undefined, lookback = LOOKBACK_SENTENCES,
  ): Party | undefined {
    const last = this.lastIndexBefore(before);
    for (let i = last; i >= Math.max(0, last - MAX_REFS_BACK); i--) {
      const ref = this.refs[i];
      if (ref.sentence < sentence - lookback) return undefined;
      const party = ref.kind === 'anaphor' || ref.kind === 'title' || ref.pronoun ? this.resolve(ref) : ref.party;
      if (party && accept(ref, party)) return map(party);
    }
    return undefined;
  }

  private lastIndexBefore(offset: number): number {
    return firstStartingAt(this.refs, offset) - 1;
  }
}

/** The state named most often as the one helped, when named so at least twice and more often than any other. */
function mostAided(refs: Ref[]): Party | undefined {
  const states = refs.map((ref) => (ref.aided && ref.party && ref.party.type !== 'person' ? actingState(ref.party) : undefined));
  return mostNamed(states.filter((state): state is Party => !!state), SALIENT_AID_MENTIONS);
}

/** The party named most often, when named at least `least` times and more often than any other. */
function mostNamed(parties: Party[], least: number): Party | undefined {
  const counts = new Map<string, { party: Party; count: number }>();
  for (const party of parties) {
    const entry = counts.get(party.key) ?? { party, count: 0 };
    entry.count++;
    counts.set(party.key, entry);
  }
  const [top, next] = [...counts.values()].sort((a, b) => b.count - a.count);
  return top && top.count >= least && (!next || next.count < top.count) ? top.party : undefined;
}
