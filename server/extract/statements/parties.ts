// Names the article's entities and the knowledge base's as parties (speaker or via), preferring the article's own entity.
import type { Entity, EntityType, Mention, Span } from '../types';
import { countryOfCapital, countryOfDemonym, kbEntityByKey, lookupName, type KbEntity } from '../kb';
import descriptions from '../kb/descriptions.json';
import { firstStartingAt } from '../spans';

export interface Party {
  key: string;
  name: string;
  type: EntityType;
}

export interface PlacedMention extends Span {
  entity: Entity;
}

const MEDIA_WORDS = new Set(descriptions.mediaWords);
/** "Biden administration", "Scholz government": a leader's name before the word for the government they lead. */
const GOVERNMENT = /^(\p{Lu}[\p{L}'’-]+) (?:[Aa]dministration|[Gg]overnment)$/u;

/** The article's entities and their mentions, in text order, with the lookups speaker rules need. */
export class ArticleParties {
  readonly mentions: PlacedMention[];
  private readonly byKey = new Map<string, Entity>();
  private readonly states = new Map<string, Party | undefined>();
  /** Lower-case descriptions of entities, built once per article (see descriptions.ts). */
  readonly profiles = new Map<string, string>();

  constructor(readonly entities: Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((mention: Mention) => ({ start: mention.start, end: mention.end, entity })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    for (const entity of entities) this.byKey.set(entity.key, entity);
  }

  /** Mentions lying wholly inside the span. */
  within(span: Span): PlacedMention[] {
    const found: PlacedMention[] = [];
    for (let i = firstStartingAt(this.mentions, span.start); i < this.mentions.length && this.mentions[i].start < span.end; i++) {
      if (this.mentions[i].end <= span.end) found.push(this.mentions[i]);
    }
    return found.filter((mention) => !found.some((other) => other !== mention && other.start <= mention.start && other.end >= mention.end
      && other.end - other.start > mention.end - mention.start));
  }

  /** Mentions that end at or before `at`, nearest first. */
  before(at: number, since: number): PlacedMention[] {
    const found: PlacedMention[] = [];
    for (let i = firstStartingAt(this.mentions, since); i < this.mentions.length && this.mentions[i].start < at; i++) {
      if (this.mentions[i].end <= at) found.push(this.mentions[i]);
    }
    return found.reverse();
  }

  entity(key: string): Entity | undefined {
    return this.byKey.get(key);
  }

  /**
   * A party for an entity, metonymic capitals turned into their state ("Kyiv said" -> Ukraine), and a leader's
   * government or administration into the state led ("the Biden administration warned" -> United States).
   */
  partyOf(entity: Entity): Party {
    const state = entity.type === 'place' ? countryOfCapital(entity.name) : entity.type === 'organization' ? this.governedBy(entity.name) : undefined;
    return state ? this.fromKb(state) : { key: entity.key, name: entity.name, type: entity.type };
  }

  private governedBy(name: string): KbEntity | undefined {
    const leader = GOVERNMENT.exec(name);
    const person = leader ? lookupName(leader[1]) : undefined;
    const country = person?.type === 'person' && person.country ? lookupName(person.country) : undefined;
    return country?.kind === 'country' ? country : undefined;
  }

  /** The article's entity for a KB entry when the article has it, else the KB's own naming. */
  fromKb(found: KbEntity): Party {
    const own = this.byKey.get(found.key);
    return own ? { key: own.key, name: own.name, type: own.type } : { key: found.key, name: found.name, type: found.type };
  }

  /** The state a demonym or state name stands for ("Ukrainian", "Russia's"). */
  stateOf(word: string): Party | undefined {
    if (!this.states.has(word)) this.states.set(word, this.findState(word));
    return this.states.get(word);
  }

  private findState(word: string): Party | undefined {
    const stem = word.replace(/['’]s$/, '');
    // Names are looked up capitalized: the KB reads an all-lowercase word as a common noun.
    const bare = stem.replace(/(^|\s)\S/g, (first) => first.toUpperCase());
    const named = [bare, stem.toUpperCase()].map((form) => lookupName(form)).find((found) => found?.kind === 'country');
    const state = countryOfDemonym(bare) ?? countryOfCapital(bare) ?? named;
    return state ? this.fromKb(state) : undefined;
  }

  /** Facts the KB holds for this entity (role, affiliation, country, kind). */
  facts(entity: Entity): KbEntity | undefined {
    return kbEntityByKey(entity.key) ?? lookupName(entity.name);
  }

  isMedia(party: Party): boolean {
    const known = kbEntityByKey(party.key) ?? lookupName(party.name);
    if (known) return known.kind === 'media';
    // "Interfax News Agency" reports; the "Swedish Defence Research Agency" is a body of its own: "agency" alone is no outlet.
    const words = party.name.toLowerCase().split(/[^a-z]+/);
    return party.type === 'organization' && words.some((word) => MEDIA_WORDS.has(word) && (word !== 'agency' || words.includes('news') || words.includes('press')));
  }
}
