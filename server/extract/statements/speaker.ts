// Resolves the words naming a speaker to an entity: names, possessive bodies, pronouns, descriptions, unnamed officials.
import type { Span } from '../types';
import { FAMILY_NAME_FIRST, lookupName } from '../kb';
import type { Token } from './tokens';
import type { ArticleParties, Party, PlacedMention } from './parties';
import { readDescription, type Description } from './descriptions';
import { describeSpeaker, type DescriptionScene } from './describe';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, resolvePronoun, type PronounScene, type Spoken } from './pronouns';
import { GENERIC_GROUP_NOUNS, OFFICIAL_NOUNS, PREPOSITIONS, UNNAMED_PEOPLE } from './lexicon';
import { namedInWords } from './proper-name';
import { choose, DOCUMENT_NOUNS, subjectMentions } from './subject-mentions';
import { bodyFromContext, fromContext, type UnnamedScene } from './unnamed';
import { pairNamed } from './pair';
import { bodyOf, namesBody } from './bodies';
import { stateOfParty } from './recent';
import { tokenize } from './tokens';
import { sentenceSubject, subjectWords } from './opening-subject';

export { subjectMentions } from './subject-mentions';

export type Resolution =
  /** `plural`: named as a group of unnamed people ("U.S. defense officials"), whom a later "he" does not mean. */
  | { kind: 'party'; party: Party; how: string; plural?: boolean; partners?: Party[] }
  /** A generic group ("analysts"): not a statement of anyone in particular. */
  | { kind: 'generic' }
  | { kind: 'unresolved'; reason: string }
  /** The words do not name a possible speaker ("evidence suggested"). */
  | { kind: 'none' };

export interface Scene extends DescriptionScene, UnnamedScene {
  unitStart: number;
  unitEnd: number;
}

/** The head noun of a subject: the word before its first prepositional phrase ("the participants in the summit"). */
function headWord(words: string[]): string {
  const cut = words.findIndex((word, at) => at > 0 && PREPOSITIONS.has(word));
  return cut === -1 ? words[words.length - 1] : words[cut - 1];
}

const STAFF_NOUNS = new Set(['journalists', 'journalist', 'correspondents', 'correspondent', 'reporters', 'reporter', 'editors', 'staff', 'team']);
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'one', 'but', 'and', 'its', 'their', 'his', 'her', 'some', 'other', 'another', 'two', 'three', 'several']);
const OWNER_PRONOUNS: Record<string, string> = { his: 'he', her: 'she' };
/** Unnamed people named as a group ("officials", "sources"). */
const UNNAMED_GROUPS = new Set([...UNNAMED_PEOPLE].filter((noun) => /s$/.test(noun)));
/** A person's own bodies, named by a possessive pronoun: a minister's ministry, a leader's government. */
const OWN_BODIES = new Set(['ministry', 'government', 'administration']);
/** Kinds of KB organizations whose unnamed officials speak for them. */
const STATE_BODY_KINDS = new Set(['government', 'agency', 'military']);
const EXPERT_NOUNS = new Set(['analysts', 'analyst', 'experts', 'researchers', 'scholars']);

/** Resolves speakers in text order; it remembers who spoke, for pronouns and descriptions met later. */
export class SpeakerResolver {
  readonly history: Spoken[] = [];

  constructor(private readonly text: string, private readonly parties: ArticleParties, private readonly namedSpeakers: ReadonlySet<string>) {}

  remember(party: Party, at: number, paragraph: number, spoke = true, how?: string, plural?: boolean): void {
    this.history.push({ party, at, paragraph, spoke, how, plural });
  }

  /** The speaker named by tokens [from, to). */
  resolvePhrase(tokens: Token[], from: number, to: number, scene: Scene): Resolution {
    const found = this.phrase(tokens, from, to, scene);
    return found.kind === 'party' && UNNAMED_GROUPS.has(tokens[to - 1].lower) ? { ...found, plural: true } : found;
  }

  private phrase(tokens: Token[], from: number, to: number, scene: Scene): Resolution {
    const words = tokens.slice(from, to).map((token) => token.lower);
    const span = { start: tokens[from].start, end: tokens[to - 1].end };
    if (words.length === 1 && (PERSON_PRONOUNS.has(words[0]) || GROUP_PRONOUNS.has(words[0]))) return this.pronoun(words[0], span.start, scene);
    const pair = pairNamed(words, span.start, scene, this.parties);
    if (pair) return { kind: 'party', party: pair[0], how: 'statement.speaker-pair', partners: [pair[1]] };
    const group = this.unnamedWithOthers(tokens, from, to, words);
    if (group) return group;
    // "a statement released by his ministry", "a report by the UN", "the statement from the EU's high representative": who
    // is named after "by" or "from" issued the document.
    // The document heads the words, its modifiers before it ("the latest UN report from"); "U.K. officials citing data from
    // Ukraine" are the officials.
    const documentAt = words.findIndex((word) => DOCUMENT_NOUNS.has(word));
    // "The report, published by X, says": the participle of a document's appositive names its issuer too.
    const participle = /^[a-z]+(?:ed|en)$/.test(words[0]) && words[1] === 'by';
    const headed = participle || (documentAt >= 0 && words.slice(0, documentAt).every((word) => !UNNAMED_PEOPLE.has(word) && !EXPERT_NOUNS.has(word) && !/ing$/.test(word)));
    const by = headed ? words.findIndex((word, at) => at > documentAt && (word === 'by' || word === 'from')) : -1;
    if (by > 0 && by < words.length - 1) return this.resolvePhrase(tokens, from + by + 1, to, scene);
    const owned = this.ownOfficials(words, span.start, scene) ?? this.ownBody(tokens, words, span.start, scene);
    if (owned) return owned;
    const chosen = choose(subjectMentions(tokens, from, to, this.parties));
    if (chosen) return this.withHead(chosen, tokens.slice(from, to), span, scene);
    const surname = words.length === 1 ? this.bySurname(tokens[from].text) : undefined;
    if (surname) return { kind: 'party', party: surname, how: 'statement.speaker-named' };
    const known = lookupName(this.text.slice(span.start, span.end));
    if (known && known.type !== 'place') return { kind: 'party', party: this.parties.fromKb(known), how: 'statement.speaker-kb-name' };
    // Lower-case words only, but for a capitalized function word opening the sentence ("The official", "But officials").
    const plain = !tokens.slice(from, to).some((token, at) => /^\p{Lu}/u.test(token.text) && !(at === 0 && FUNCTION_WORDS.has(token.lower)));
    const officialHead = UNNAMED_PEOPLE.has(words[words.length - 1]);
    // "a senior official" is new to the story: the sentence's own state body, if any, before the officials who spoke before.
    const ownBody = officialHead && plain && ['a', 'an'].includes(words[0]) ? this.bodyOfSentence(span.start, scene) : undefined;
    if (ownBody) return { kind: 'party', party: ownBody, how: 'statement.speaker-unnamed-official' };
    const byContext = fromContext(words, span.start, scene, this.history, this.parties, plain);
    if (byContext) return byContext;
    const head = headWord(words);
    const description = readDescription(words);
    const described = description && this.describe(description, span.start, scene);
    if (described?.kind === 'party') return described;
    const stateBody = bodyFromContext(words, scene, this.history, this.parties);
    if (stateBody) return stateBody;
    const state = this.stateIn(words);
    if (described && !OFFICIAL_NOUNS.has(head) && !state) return described;
    if (state && (OFFICIAL_NOUNS.has(head) || description?.refersTo === 'person')) return { kind: 'party', party: state, how: 'statement.speaker-unnamed-official' };
    if (GENERIC_GROUP_NOUNS.has(head) || STAFF_NOUNS.has(head)) return { kind: 'generic' };
    const body = officialHead ? this.knownBodyOf(tokens, from, to) ?? (plain ? this.bodyOfSentence(span.start, scene) : undefined) : undefined;
    if (body) return { kind: 'party', party: body, how: 'statement.speaker-unnamed-official' };
    if (OFFICIAL_NOUNS.has(head)) return { kind: 'unresolved', reason: `no named speaker for "${this.text.slice(span.start, span.end)}"` };
    const named = namedInWords(tokens.slice(from, to));
    return named ? { kind: 'party', party: named, how: 'statement.speaker-surface-name' } : { kind: 'none' };
  }

  /**
   * "the US official and other sources said": an unnamed speaker among others is a group of sources, the state that
   * places them if any, never a person described like the first ("the US official"); "Biden and other leaders" is Biden's.
   */
  private unnamedWithOthers(tokens: Token[], from: number, to: number, words: string[]): Resolution | undefined {
    const others = words.indexOf('other');
    if (others < 2 || words[others - 1] !== 'and' || others === words.length - 1) return undefined;
    const first = words.slice(0, others - 1);
    if (subjectMentions(tokens, from, from + others - 1, this.parties).some((m) => m.entity.type === 'person')) return undefined;
    const state = this.stateIn(first);
    return state ? { kind: 'party', party: state, how: 'statement.speaker-unnamed-official', plural: true } : { kind: 'generic' };
  }

  /** "Pentagon officials said", "NATO officials said": the known body a capitalized word before the head names. */
  private knownBodyOf(tokens: Token[], from: number, to: number): Party | undefined {
    for (let start = from; start < to - 1; start++) {
      if (!/^\p{Lu}/u.test(tokens[start].text)) continue;
      const known = lookupName(this.text.slice(tokens[start].start, tokens[to - 2].end));
      // A state's body ("Pentagon officials") or an international one ("NATO officials"), not a company or an outlet.
      if (known?.type === 'organization' && (known.country || known.kind === 'international')) return this.parties.fromKb(known);
    }
    return undefined;
  }

  /**
   * "The State Department is drawing down its staff ..., according to a senior official": an official no word places
   * speaks for the state body the sentence opens with, never for a state or a person named there.
   */
  private bodyOfSentence(at: number, scene: Scene): Party | undefined {
    const first = this.parties.before(at, scene.unitStart).pop();
    const facts = first && first.entity.type === 'organization' ? this.parties.facts(first.entity) : undefined;
    return facts && STATE_BODY_KINDS.has(facts.kind ?? '') ? this.parties.partyOf(first!.entity) : undefined;
  }

  /** "his ministry", "her government": the body of the person the pronoun refers to, read from the office the KB gives them. */
  private ownBody(tokens: Token[], words: string[], at: number, scene: Scene): Resolution | undefined {
    const pronoun = OWNER_PRONOUNS[words[0]];
    if (words.length !== 2 || !pronoun || !OWN_BODIES.has(words[1])) return undefined;
    // The person the sentence opens with ("Wang exchanged views ..., according to a statement by his ministry"), else the pronoun's.
    const opening = sentenceSubject(tokens, 0, this.parties);
    const found = opening?.type === 'person' ? opening : this.pronoun(pronoun, at, scene);
    const owner = 'kind' in found ? (found.kind === 'party' ? found.party : undefined) : found;
    const entity = owner?.type === 'person' ? this.parties.entity(owner.key) : undefined;
    const state = owner && stateOfParty(owner, this.parties);
    if (!entity || !state) return undefined;
    if (words[1] !== 'ministry') return { kind: 'party', party: state, how: 'statement.speaker-body' };
    const field = (this.parties.facts(entity)?.role ?? entity.role ?? '').match(/^([a-z]+) minister$/)?.[1];
    const body = field && bodyOf([field, 'ministry'], state, this.parties);
    return body ? { kind: 'party', party: body, how: 'statement.speaker-body' } : undefined;
  }

  /** "its officials say": the officials of the body or state "its" refers to. */
  private ownOfficials(words: string[], at: number, scene: Scene): Resolution | undefined {
    if (words.length !== 2 || !['its', 'their'].includes(words[0]) || !OFFICIAL_NOUNS.has(words[1])) return undefined;
    const owner = this.pronoun(words[0] === 'its' ? 'it' : 'they', at, scene);
    return owner.kind === 'party' && owner.party.type !== 'person' ? { ...owner, how: 'statement.speaker-unnamed-official' } : undefined;
  }

  /** The state a demonym or state name among the words names ("Ukrainian", "Kremlin-backed", "South Korean"). */
  private stateIn(words: string[]): Party | undefined {
    for (let at = 0; at < words.length; at++) {
      const pair = at + 1 < words.length ? this.parties.stateOf(`${words[at]} ${words[at + 1]}`) : undefined;
      const state = pair ?? this.parties.stateOf(words[at]) ?? this.parties.stateOf(words[at].split('-')[0]);
      if (state) return state;
    }
    return undefined;
  }

  /** A lone capitalized word that is the surname of exactly one person in the article ("Tuck said"). */
  private bySurname(word: string): Party | undefined {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    const people = this.parties.entities.filter((entity) => entity.type === 'person' && entity.name.split(/\s+/).pop() === word);
    if (people.length === 1) return this.parties.partyOf(people[0]);
    // "Wang said" of Wang Yi: Chinese and Korean names put the family name first.
    const family = this.parties.entities.filter((entity) => entity.type === 'person' && entity.name.split(/\s+/)[0] === word
      && FAMILY_NAME_FIRST.has(this.parties.facts(entity)?.country ?? ''));
    return !people.length && family.length === 1 ? this.parties.partyOf(family[0]) : undefined;
  }

  /** "..., who said": the person (who) or body (which) named in the phrase before. */
  resolveRelative(tokens: Token[], from: number, to: number, pronoun: 'who' | 'which'): Resolution {
    if (to <= from) return { kind: 'none' };
    const span = { start: tokens[from].start, end: tokens[to - 1].end };
    const wanted = pronoun === 'who' ? 'person' : 'organization';
    // "confirmed by the National Olympic Committee, who said": "who" may stand for a body when no person is named there.
    const named = this.parties.within(span);
    const mention = named.filter((m) => m.entity.type === wanted).pop() ?? (pronoun === 'who' ? named.filter((m) => m.entity.type === 'organization').pop() : undefined);
    return mention ? { kind: 'party', party: this.parties.partyOf(mention.entity), how: 'statement.speaker-relative' } : { kind: 'none' };
  }

  /** The speaker a pronoun written at `at` refers to. */
  pronoun(pronoun: string, at: number, scene: Scene): Resolution {
    const group = pronoun === 'they' ? this.openingGroup(at, scene) : undefined;
    if (group) return group;
    const pronounScene: PronounScene = { pronoun, at, ...scene };
    const party = resolvePronoun(this.text, pronounScene, this.history, this.parties);
    return party ? { kind: 'party', party, how: 'statement.speaker-pronoun' } : { kind: 'unresolved', reason: `no antecedent for "${pronoun}"` };
  }

  /**
   * "Rescuers from the State Emergency Service often arrive first, and they also say ...": "they" in a sentence opened by
   * a plural noun phrase is that group (its body, or nobody in particular), not a body that spoke before.
   */
  private openingGroup(at: number, scene: Scene): Resolution | undefined {
    const tokens = tokenize(this.text, { start: scene.unitStart, end: at }, []);
    const [from, end] = subjectWords(tokens, 0);
    if (end <= from || end >= tokens.length) return undefined;
    const words = tokens.slice(from, end).map((token) => token.lower);
    const head = headWord(words);
    const named = this.parties.within({ start: tokens[from].start, end: tokens[end - 1].end });
    if (!/[^s]s$/.test(head) || named.some((mention) => mention.start <= tokens[from + words.indexOf(head)].start)) return undefined;
    // The group's words end with the body it belongs to ("Rescuers from the Fire Service often arrive").
    const last = named[named.length - 1];
    const to = last ? tokens.findIndex((token) => token.end >= last.end) + 1 : end;
    const found = this.resolvePhrase(tokens, from, to, scene);
    return found.kind === 'party' ? { ...found, how: 'statement.speaker-group' } : { kind: 'generic' };
  }

  /** "Russia's defense ministry", "AFP journalists", "Kremlin spokesman": the words after a name decide who speaks. */
  private withHead(mention: PlacedMention, tokens: Token[], span: Span, scene: Scene): Resolution {
    const entity = mention.entity;
    const after = tokens.filter((token) => token.start >= mention.end).map((token) => token.lower);
    const speaks = entity.type !== 'place' || this.parties.partyOf(entity).key !== entity.key || !!this.parties.stateOf(entity.name);
    const named: Resolution = speaks ? { kind: 'party', party: this.parties.partyOf(entity), how: 'statement.speaker-named' }
      : { kind: 'unresolved', reason: `"${entity.name}" is a place that does not speak` };
    // "Kyiv and its Western allies say": the named conjunct speaks (the joint rule gives the others theirs).
    if (after[0] === 'and') return named;
    const tail = after.filter((word) => word !== "'s" && word !== 's');
    const head = tail[tail.length - 1];
    const name = entity.type === 'place' ? namedInWords(tokens.filter((token) => token.start >= mention.end)) : undefined;
    if (name) return { kind: 'party', party: name, how: 'statement.speaker-surface-name' };
    if (!head || STAFF_NOUNS.has(head)) return named;
    // "Xi Jinping's government says": the state the person leads.
    const state = entity.type === 'person' && head === 'government' ? stateOfParty(this.parties.partyOf(entity), this.parties) : undefined;
    if (state) return { kind: 'party', party: state, how: 'statement.speaker-body' };
    const body = this.bodyAfter(entity.name, tail, tokens, mention);
    if (body) return { kind: 'party', party: body, how: 'statement.speaker-body' };
    const description = readDescription(tail);
    if (description?.refersTo === 'person') {
      const affiliated: Description = {
        // "a White House official": the body named must be in what is known of the person.
        ...description, qualifiers: [...description.qualifiers, this.text.slice(mention.start, mention.end).toLowerCase()],
        indefinite: ['a', 'an'].includes(tokens[0].lower),
      };
      const described = this.describe(affiliated, span.start, scene);
      // "Ukraine's health minister said": an unnamed holder of a state's office speaks for the state.
      if (described.kind === 'party' || (!OFFICIAL_NOUNS.has(head) && !this.parties.stateOf(entity.name))) return described;
      return named.kind === 'party' ? { ...named, how: 'statement.speaker-unnamed-official' } : named;
    }
    if (description?.refersTo === 'organization' || OFFICIAL_NOUNS.has(head)) {
      const known = lookupName(this.text.slice(span.start, span.end));
      if (known && known.type === 'organization') return { kind: 'party', party: this.parties.fromKb(known), how: 'statement.speaker-body' };
      // "the senior DIA officials said": the body's unnamed people, whom a later "the officials" refers back to.
      return named.kind === 'party' && UNNAMED_PEOPLE.has(head) ? { ...named, how: 'statement.speaker-unnamed-official' } : named;
    }
    // "ISW analysts said", "the ISW report said": the body's own people and papers speak for it.
    if (entity.type === 'organization' && (EXPERT_NOUNS.has(head) || DOCUMENT_NOUNS.has(head))) return named;
    // "a U.S. spy report says": a state's document is its issuer's, named with it before or, in a lede, after.
    const issuer = DOCUMENT_NOUNS.has(head) ? fromContext(tokens.map((token) => token.lower), span.start, scene, this.history, this.parties) : undefined;
    if (issuer) return issuer;
    return GENERIC_GROUP_NOUNS.has(head) ? { kind: 'generic' } : named;
  }

  /** "Ukraine's infrastructure ministry", "the U.S. Embassy in Moscow": a body of the state just named. */
  private bodyAfter(name: string, tail: string[], tokens: Token[], mention: PlacedMention): Party | undefined {
    const state = this.parties.stateOf(name);
    if (!state || !namesBody(tail)) return undefined;
    const rest = { start: mention.end, end: tokens[tokens.length - 1].end };
    const place = this.parties.within(rest).find((m) => m.entity.type === 'place');
    return bodyOf(tail, state, this.parties, place && { key: place.entity.key, name: place.entity.name, type: 'place' });
  }

  describe(description: Description, at: number, scene: Scene): Resolution {
    return describeSpeaker(description, at, scene, { text: this.text, parties: this.parties, history: this.history, namedSpeakers: this.namedSpeakers });
  }
}
