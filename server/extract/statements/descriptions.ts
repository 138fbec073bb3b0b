// Matches a description ("the Russian leader", "a Moscow-backed separatist leader", "the institute") against the article's entities.
import type { Entity } from '../types';
import descriptions from '../kb/descriptions.json';
import type { ArticleParties } from './parties';

const PERSON_ROLES: Record<string, string[]> = descriptions.personRoles;
const ORGANIZATION_NOUNS: Record<string, string[]> = descriptions.organizationNouns;
const QUALIFIERS: Record<string, string[]> = descriptions.qualifiers;
const IGNORED = new Set(descriptions.ignoredWords);
const ALL_ROLES = [...new Set(Object.values(PERSON_ROLES).flat())];
const STOP_AT = new Set(['of', 'in', 'at', 'for', 'from', 'with', 'on', 'to', 'who', 'which', 'that', 'and']);

export interface Description {
  head: string;
  qualifiers: string[];
  /** Head noun names a person's role, or an organization. */
  refersTo: 'person' | 'organization';
  /** An indefinite description ("a spokesperson") introduces someone: it can only be named later in the article. */
  indefinite: boolean;
}

/** Reads a description from lower-case words, or undefined when its head noun is neither a role nor a body. */
export function readDescription(words: string[]): Description | undefined {
  const cut = words.findIndex((word, at) => at > 0 && STOP_AT.has(word));
  const core = (cut === -1 ? words : words.slice(0, cut)).map((word) => word.replace(/’/g, "'"));
  const head = core[core.length - 1];
  if (!head) return undefined;
  const refersTo = PERSON_ROLES[head] ? 'person' : ORGANIZATION_NOUNS[head] ? 'organization' : undefined;
  if (!refersTo) return undefined;
  const qualifiers = core.slice(0, -1).filter((word) => !IGNORED.has(word));
  return { head, qualifiers, refersTo, indefinite: core[0] === 'a' || core[0] === 'an' };
}

const WHOLE_WORDS = new Map<string, RegExp>();

function contains(profile: string, phrase: string): boolean {
  let pattern = WHOLE_WORDS.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z])`);
    WHOLE_WORDS.set(phrase, pattern);
  }
  return pattern.test(profile);
}

function qualifierFits(profile: string, word: string, parties: ArticleParties): boolean {
  const state = parties.stateOf(word);
  if (state) return contains(profile, state.name.toLowerCase()) || contains(profile, word);
  const group = Object.values(QUALIFIERS).find((members) => members.includes(word));
  return group ? group.some((member) => contains(profile, member)) : true;
}

/** What the article and the KB say about an entity, lower case: its names with titles, role, affiliation, country. */
export function profileOf(entity: Entity, text: string, parties: ArticleParties): string {
  let profile = parties.profiles.get(entity.key);
  if (profile === undefined) {
    profile = buildProfile(entity, text, parties);
    parties.profiles.set(entity.key, profile);
  }
  return profile;
}

function buildProfile(entity: Entity, text: string, parties: ArticleParties): string {
  const facts = parties.facts(entity);
  const around = entity.mentions.map((mention) => {
    const before = text.slice(Math.max(0, mention.start - 60), mention.start).split(/[.,;:!?"“”\n]/).pop() ?? '';
    const after = text.slice(mention.end, mention.end + 100).match(/^,\s+(?:the|a|an)\s[^,.;]*/)?.[0] ?? '';
    return `${before} ${mention.text} ${after}`;
  });
  return [entity.name, entity.role, entity.affiliation, facts?.role, facts?.affiliation, facts?.country, ...around]
    .filter(Boolean).join(' | ').toLowerCase().replace(/’/g, "'");
}

/** Entities of the right type that fit every part of the description. */
export function entitiesFitting(description: Description, candidates: Entity[], text: string, parties: ArticleParties): Entity[] {
  return candidates.filter((entity) => {
    if (entity.type !== description.refersTo) return false;
    const profile = profileOf(entity, text, parties);
    const heads = description.refersTo === 'person' ? PERSON_ROLES[description.head] : ORGANIZATION_NOUNS[description.head];
    const headFits = heads.includes('*')
      ? description.refersTo === 'organization' || ALL_ROLES.some((role) => contains(profile, role))
      : heads.some((role) => contains(profile, role));
    return headFits && description.qualifiers.every((word) => qualifierFits(profile, word, parties));
  });
}
