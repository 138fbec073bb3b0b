// Builds statement-stage input from invented text: sentences from the text stage, entities invented by name.
import type { Entity, EntityType, Statement } from '../../../server/extract/types';
import { splitSentences } from '../../../server/extract/text/sentences';
import { entityKey } from '../../../server/extract/kb';
import { findStatements } from '../../../server/extract/statements/find-statements';

export interface InventedEntity {
  name: string;
  type: EntityType;
  /** Other written forms to find in the text ("Kovalenko" for "Petro Kovalenko"). */
  forms?: string[];
  role?: string;
  affiliation?: string;
}

/** Entities with a mention at every place one of their forms is written as a whole word. */
export function inventEntities(text: string, invented: InventedEntity[]): Entity[] {
  const taken: Array<[number, number]> = [];
  return invented.map((entity) => {
    const forms = [entity.name, ...(entity.forms ?? [])].sort((a, b) => b.length - a.length);
    const mentions = [];
    for (const form of forms) {
      const pattern = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
      for (const match of text.matchAll(pattern)) {
        const start = match.index ?? 0;
        const end = start + form.length;
        if (taken.some(([s, e]) => start < e && end > s)) continue;
        taken.push([start, end]);
        mentions.push({ start, end, text: form, sentence: 0 });
      }
    }
    return {
      key: entityKey(entity.type, entity.name), name: entity.name, type: entity.type, aliases: entity.forms ?? [],
      role: entity.role, affiliation: entity.affiliation, mentions,
    };
  });
}

export function statementsOf(text: string, invented: InventedEntity[]): { statements: Statement[]; messages: ReturnType<typeof findStatements>['messages'] } {
  const sentences = splitSentences(text, []);
  return findStatements({ text, sentences, entities: inventEntities(text, invented) });
}

/** Speaker, kind and quote of each statement, for compact assertions. */
export function summary(statements: Statement[]): Array<[string | null, string, string]> {
  return statements.map((statement) => [statement.speaker, statement.kind, statement.quote]);
}
