// Finds people, organizations and places, merged across aliases, each with its mentions.
import type { Entity, Message, Sentence, Span } from '../types';
import { entityKey, normalizeName } from '../kb/index';
import { nameSequences } from './sequences';
import { segment } from './segment';
import { resolveRegions } from './regions';
import { draftType, mergeMentions, type Draft } from './merge';
import { PLACE_TAILS } from './lexicon';
import { roleOf } from './roles';
import { implicitMinistries } from './implicit-ministry';
import { markListedTypes } from './lists';

function canonicalName(draft: Draft): string {
  if (draft.kb) return draft.kb.name;
  const canonical = draft.mentions.find((m) => m.canonical)?.canonical;
  if (canonical) return canonical;
  const forms = draft.mentions.filter((m) => !m.attributive).map((m) => (m.tail && PLACE_TAILS.has(m.tail) && m.tail !== 'city' ? m.form : m.bare));
  return forms.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0] ?? draft.mentions[0].bare;
}

function toEntity(text: string, draft: Draft): Entity {
  const name = canonicalName(draft);
  const type = draftType(draft);
  const entity: Entity = {
    key: draft.kb?.key ?? entityKey(type, name), name, type, aliases: [],
    mentions: draft.mentions.map((m) => ({ start: m.start, end: m.end, text: m.form, sentence: m.sentence })),
  };
  const seen = new Set([normalizeName(name)]);
  for (const form of [...draft.mentions.map((m) => m.form), ...draft.acronyms]) {
    const key = normalizeName(form);
    if (!seen.has(key)) { seen.add(key); entity.aliases.push(form); }
  }
  if (draft.kb?.coordinates) entity.coordinates = draft.kb.coordinates;
  if (type === 'person') {
    const { role, affiliation } = roleOf(text, draft);
    if (role) entity.role = role;
    if (affiliation) entity.affiliation = affiliation;
  }
  return entity;
}

/** An alias another entity of the article also answers to would make the two indistinguishable: drop it. */
function dropSharedAliases(entities: Entity[]): void {
  const owners = new Map<string, number>();
  for (const e of entities) for (const form of new Set([e.name, ...e.aliases].map(normalizeName))) owners.set(form, (owners.get(form) ?? 0) + 1);
  for (const e of entities) e.aliases = e.aliases.filter((a) => owners.get(normalizeName(a)) === 1);
}

/** Names the knowledge base does not know are typed from their context: say so, where they first appear. */
function unknownNameMessage(draft: Draft, entity: Entity): Message {
  const first = entity.mentions[0];
  const votes = Object.entries(draft.votes).filter(([, n]) => n > 0).map(([t, n]) => `${t} ${n}`).join(', ');
  return {
    reason: `"${entity.name}" is not in the knowledge base; typed ${entity.type} from its context (${votes || 'no cue'})`,
    ruleId: 'entities/unknown-name', severity: 'info', place: { start: first.start, end: first.end },
  };
}

export function findEntities(input: { text: string; sentences: Sentence[]; furniture: Span[] }): { entities: Entity[]; messages: Message[] } {
  const { text, sentences } = input;
  const named = nameSequences(text, sentences).flatMap((sequence) => segment(text, sequence));
  const raw = [...named, ...implicitMinistries(text, sentences, named)].sort((a, b) => a.start - b.start);
  markListedTypes(text, raw);
  const drafts = mergeMentions(text, resolveRegions(text, raw));
  const built = drafts.map((draft) => ({ draft, entity: toEntity(text, draft) }))
    .sort((a, b) => a.entity.mentions[0].start - b.entity.mentions[0].start);
  const entities = built.map((b) => b.entity);
  dropSharedAliases(entities);
  const messages = built.filter((b) => !b.draft.kb).map((b) => unknownNameMessage(b.draft, b.entity));
  return { entities, messages };
}
