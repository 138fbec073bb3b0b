// Resolves the words naming a speaker to an entity: names, possessive bodies, pronouns, descriptions, unnamed officials.
import type { Entity, Span } from '../types';
import { lookupName } from '../kb';
import type { Token } from './tokens';
import type { ArticleParties, Party, PlacedMention } from './parties';
import { entitiesFitting, readDescription, type Description } from './descriptions';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, resolvePronoun, type PronounScene, type Spoken } from './pronouns';
import { GENERIC_GROUP_NOUNS, OFFICIAL_NOUNS, PREPOSITIONS } from './lexicon';
import { namedInWords } from './proper-name';

export type Resolution =
  | { kind: 'party'; party: Party; how: string }
  /** A generic group ("analysts"): not a statement of anyone in particular. */
  | { kind: 'generic' }
  | { kind: 'unresolved'; reason: string }
  /** The words do not name a possible speaker ("evidence suggested"). */
  | { kind: 'none' };

export interface Scene {
  paragraph: number;
  unitStart: number;
  quoted: Span[];
  reachStart: number;
}

const DOCUMENT_NOUNS = new Set(['survey', 'report', 'poll', 'study', 'statement', 'analysis', 'assessment', 'data', 'figures', 'review', 'research', 'update', 'briefing']);
const STAFF_NOUNS = new Set(['journalists', 'journalist', 'correspondents', 'correspondent', 'reporters', 'reporter', 'editors', 'staff', 'team']);
const BODY_DESCRIPTIONS = new Set(['body', 'group', 'organization', 'organisation', 'tank', 'institute', 'agency', 'ministry', 'blog', 'channel']);

function inPrepositionalPhrase(tokens: Token[], from: number, mention: PlacedMention): boolean {
  for (let at = from; at < tokens.length && tokens[at].end <= mention.start; at++) {
    if (!PREPOSITIONS.has(tokens[at].lower)) continue;
    if (tokens[at].lower === 'by' && DOCUMENT_NOUNS.has(tokens[at - 1]?.lower ?? '')) continue;
    return true;
  }
  return false;
}

/** Mentions in tokens [from, to) that can be the subject: not inside a prepositional phrase ("a professor at Columbia University"). */
export function subjectMentions(tokens: Token[], from: number, to: number, parties: ArticleParties): PlacedMention[] {
  if (to <= from) return [];
  const words = tokens.slice(from, to);
  // A name inside a longer word ("U.S.-based", "Moscow-backed") only describes.
  const whole = (mention: PlacedMention) => words.some((token) => token.start === mention.start) && words.some((token) => token.end === mention.end || /^['’]s$/.test(text(token, mention)));
  return parties.within({ start: tokens[from].start, end: tokens[to - 1].end })
    .filter((mention) => whole(mention) && !inPrepositionalPhrase(tokens, from, mention));
}

/** What follows the mention inside the token it ends in ("'s" of "Russia's"). */
function text(token: Token, mention: PlacedMention): string {
  return token.start < mention.end && token.end > mention.end ? token.text.slice(mention.end - token.start) : '';
}

function choose(mentions: PlacedMention[]): PlacedMention | undefined {
  for (const type of ['person', 'organization', 'place'] as const) {
    const ofType = mentions.filter((mention) => mention.entity.type === type);
    if (ofType.length) return ofType[ofType.length - 1];
  }
  return undefined;
}

/** Resolves speakers in text order; it remembers who spoke, for pronouns and descriptions met later. */
export class SpeakerResolver {
  readonly history: Spoken[] = [];

  constructor(private readonly text: string, private readonly parties: ArticleParties, private readonly namedSpeakers: ReadonlySet<string>) {}

  remember(party: Party, at: number, paragraph: number, spoke = true): void {
    this.history.push({ party, at, paragraph, spoke });
  }

  /** The speaker named by tokens [from, to). */
  resolvePhrase(tokens: Token[], from: number, to: number, scene: Scene): Resolution {
    const words = tokens.slice(from, to).map((token) => token.lower);
    const span = { start: tokens[from].start, end: tokens[to - 1].end };
    if (words.length === 1 && (PERSON_PRONOUNS.has(words[0]) || GROUP_PRONOUNS.has(words[0]))) return this.pronoun(words[0], span.start, scene);
    const chosen = choose(subjectMentions(tokens, from, to, this.parties));
    if (chosen) return this.withHead(chosen, tokens.slice(from, to), span, scene);
    const surname = words.length === 1 ? this.bySurname(tokens[from].text) : undefined;
    if (surname) return { kind: 'party', party: surname, how: 'statement.speaker-named' };
    const known = lookupName(this.text.slice(span.start, span.end));
    if (known && known.type !== 'place') return { kind: 'party', party: this.parties.fromKb(known), how: 'statement.speaker-kb-name' };
    const head = words[words.length - 1];
    const description = readDescription(words);
    if (description) {
      const described = this.describe(description, span.start, scene);
      const stateNamed = words.some((word) => this.parties.stateOf(word) ?? this.parties.stateOf(word.split('-')[0]));
      if (described.kind === 'party' || (!OFFICIAL_NOUNS.has(head) && !stateNamed)) return described;
    }
    const state = words.map((word) => this.parties.stateOf(word) ?? this.parties.stateOf(word.split('-')[0])).find(Boolean);
    if (state && (OFFICIAL_NOUNS.has(head) || description?.refersTo === 'person')) return { kind: 'party', party: state, how: 'statement.speaker-unnamed-official' };
    if (GENERIC_GROUP_NOUNS.has(head) || STAFF_NOUNS.has(head)) return { kind: 'generic' };
    if (OFFICIAL_NOUNS.has(head)) return { kind: 'unresolved', reason: `no named speaker for "${this.text.slice(span.start, span.end)}"` };
    const named = namedInWords(tokens.slice(from, to));
    return named ? { kind: 'party', party: named, how: 'statement.speaker-surface-name' } : { kind: 'none' };
  }

  /** A lone capitalized word that is the surname of exactly one person in the article ("Tuck said"). */
  private bySurname(word: string): Party | undefined {
    if (!/^\p{Lu}/u.test(word)) return undefined;
    const people = this.parties.entities.filter((entity) => entity.type === 'person' && entity.name.split(/\s+/).pop() === word);
    return people.length === 1 ? this.parties.partyOf(people[0]) : undefined;
  }

  /** "..., who said": the person (who) or body (which) named in the phrase before. */
  resolveRelative(tokens: Token[], from: number, to: number, pronoun: 'who' | 'which'): Resolution {
    if (to <= from) return { kind: 'none' };
    const span = { start: tokens[from].start, end: tokens[to - 1].end };
    const wanted = pronoun === 'who' ? 'person' : 'organization';
    const mention = this.parties.within(span).filter((m) => m.entity.type === wanted).pop();
    return mention ? { kind: 'party', party: this.parties.partyOf(mention.entity), how: 'statement.speaker-relative' } : { kind: 'none' };
  }

  private pronoun(pronoun: string, at: number, scene: Scene): Resolution {
    const pronounScene: PronounScene = { pronoun, at, ...scene };
    const party = resolvePronoun(pronounScene, this.history, this.parties);
    return party ? { kind: 'party', party, how: 'statement.speaker-pronoun' } : { kind: 'unresolved', reason: `no antecedent for "${pronoun}"` };
  }

  /** "Russia's defense ministry", "AFP journalists", "Kremlin spokesman": the words after a name decide who speaks. */
  private withHead(mention: PlacedMention, tokens: Token[], span: Span, scene: Scene): Resolution {
    const entity = mention.entity;
    const after = tokens.filter((token) => token.start >= mention.end).map((token) => token.lower);
    const named = { kind: 'party' as const, party: this.parties.partyOf(entity), how: 'statement.speaker-named' };
    const tail = after.filter((word) => word !== "'s" && word !== 's');
    const head = tail[tail.length - 1];
    const name = entity.type === 'place' ? namedInWords(tokens.filter((token) => token.start >= mention.end)) : undefined;
    if (name) return { kind: 'party', party: name, how: 'statement.speaker-surface-name' };
    if (!head || STAFF_NOUNS.has(head)) return named;
    const description = readDescription(tail);
    if (description?.refersTo === 'person') {
      const affiliated: Description = { ...description, qualifiers: [...description.qualifiers, ...entity.name.toLowerCase().split(/\s+/)] };
      const described = this.describe(affiliated, span.start, scene);
      if (described.kind === 'party' || !OFFICIAL_NOUNS.has(head)) return described;
      return named;
    }
    if (description?.refersTo === 'organization' || OFFICIAL_NOUNS.has(head)) {
      const body = lookupName(this.text.slice(span.start, span.end));
      if (body && body.type === 'organization') return { kind: 'party', party: this.parties.fromKb(body), how: 'statement.speaker-body' };
      return named;
    }
    return GENERIC_GROUP_NOUNS.has(head) ? { kind: 'generic' } : named;
  }

  /** A description resolves when exactly one entity fits (named speakers first); bodies go to the latest that fits. */
  describe(description: Description, at: number, scene: Scene): Resolution {
    if (description.refersTo === 'organization' && BODY_DESCRIPTIONS.has(description.head)) {
      const fits = new Set(entitiesFitting(description, this.parties.entities, this.text, this.parties).map((entity) => entity.key));
      const spoken = [...this.history].reverse().find((entry) => entry.spoke && entry.paragraph >= scene.paragraph - 3 && fits.has(entry.party.key));
      const named = spoken?.party ?? this.parties.before(at, scene.reachStart).map((m) => m.entity).filter((entity) => fits.has(entity.key))
        .map((entity) => this.parties.partyOf(entity))[0];
      return named ? { kind: 'party', party: named, how: 'statement.speaker-description' } : { kind: 'unresolved', reason: `no ${description.head} named before` };
    }
    const candidates = this.parties.entities.filter((entity) => this.placedFor(entity, description, at));
    let fitting = entitiesFitting(description, candidates, this.text, this.parties);
    if (!description.indefinite) {
      // A definite description points back: the latest speaker it fits is meant ("the minister noted").
      const keys = new Set(fitting.map((entity) => entity.key));
      const latest = [...this.history].reverse().find((entry) => entry.spoke && entry.paragraph >= scene.paragraph - 3 && keys.has(entry.party.key));
      if (latest) return { kind: 'party', party: latest.party, how: 'statement.speaker-description' };
    }
    if (fitting.length > 1) fitting = fitting.filter((entity) => this.namedSpeakers.has(entity.key));
    if (fitting.length === 1) return { kind: 'party', party: this.parties.partyOf(fitting[0]), how: 'statement.speaker-description' };
    return { kind: 'unresolved', reason: fitting.length ? `several entities fit "${description.head}"` : `no entity fits "${description.head}"` };
  }

  /** An indefinite description is named later in the article; a definite one refers back. */
  private placedFor(entity: Entity, description: Description, at: number): boolean {
    return description.indefinite ? firstMention(entity) > at : firstMention(entity) < at;
  }
}

function firstMention(entity: Entity): number {
  return entity.mentions.reduce((first, mention) => Math.min(first, mention.start), Infinity);
}
