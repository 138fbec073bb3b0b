// Turns an extraction's entities into the rows that merge Entity nodes and MENTIONS relationships.
import type { Entity, EntityType, Extraction, Message } from '../extract/types';

export interface EntityRow {
  key: string;
  name: string;
  type: EntityType;
  label: 'Person' | 'Organization' | 'Place';
  aliases: string[];
  role: string | null;
  affiliation: string | null;
  lat: number | null;
  lon: number | null;
}

export interface MentionRow {
  key: string;
  count: number;
  /** Flat [start, end, start, end, ...] pairs: Neo4j properties hold lists of scalars, not lists of maps. */
  offsets: number[];
}

const LABELS: Record<EntityType, EntityRow['label']> = { person: 'Person', organization: 'Organization', place: 'Place' };

export function entityRows(extraction: Extraction): { entities: EntityRow[]; mentions: MentionRow[]; messages: Message[] } {
  const listed = extraction.entities.map(toEntityRow);
  const known = new Set(listed.map((row) => row.key));
  const referenced = referencedEntities(extraction).filter((row) => !known.has(row.key));
  return {
    entities: [...listed, ...referenced],
    mentions: extraction.entities
      .filter((entity) => entity.mentions.length > 0)
      .map((entity) => ({
        key: entity.key,
        count: entity.mentions.length,
        offsets: entity.mentions.flatMap((mention) => [mention.start, mention.end]),
      })),
    messages: referenced.map((row) => ({
      reason: `load: "${row.key}" is referred to by a statement or event but not listed among the entities; added without mentions`,
      ruleId: 'load:unlisted-entity',
      severity: 'info' as const,
    })),
  };
}

function toEntityRow(entity: Entity): EntityRow {
  return {
    key: entity.key,
    name: entity.name,
    type: entity.type,
    label: LABELS[entity.type],
    aliases: [...new Set(entity.aliases)],
    role: entity.role ?? null,
    affiliation: entity.affiliation ?? null,
    lat: entity.coordinates?.lat ?? null,
    lon: entity.coordinates?.lon ?? null,
  };
}

interface Reference {
  key?: string | null;
  name?: string | null;
}

/** Entities that statements and events point at by key; their type is the key's prefix ("person:..."). */
function referencedEntities(extraction: Extraction): EntityRow[] {
  const references: Reference[] = [
    ...extraction.statements.flatMap((statement) => [
      { key: statement.speakerKey, name: statement.speaker },
      { key: statement.viaKey, name: statement.via },
      ...statement.about.map((key) => ({ key })),
    ]),
    ...extraction.events.flatMap((event) => [
      { key: event.actorKey, name: event.actor },
      { key: event.targetKey, name: event.target },
      { key: event.claimedByKey, name: event.claimed_by },
    ]),
  ];
  const rows = new Map<string, EntityRow>();
  for (const { key, name } of references) {
    if (!key || rows.has(key)) continue;
    const type = key.slice(0, key.indexOf(':')) as EntityType;
    if (!Object.hasOwn(LABELS, type)) continue;
    rows.set(key, {
      key, name: name || key.slice(type.length + 1), type, label: LABELS[type],
      aliases: [], role: null, affiliation: null, lat: null, lon: null,
    });
  }
  return [...rows.values()];
}
