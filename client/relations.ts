// Names for relationships as an analyst reads them from one end: "Statements about it", "Articles mentioning it".

export const RELATION_NAMES: Record<string, { out: string; in: string }> = {
  SAID: { out: 'What they said', in: 'Who said it' },
  ABOUT: { out: 'What it is about', in: 'Statements about it' },
  VIA: { out: 'Through whom it came', in: 'Statements that came through it' },
  REPORTED_IN: { out: 'Where it was reported', in: 'What it reports' },
  CLAIMS: { out: 'Events it claims', in: 'Statements claiming it' },
  ACTOR: { out: 'Who did it', in: 'Events it carried out' },
  TARGET: { out: 'Whom or where it hit', in: 'Events done to it' },
  MENTIONS: { out: 'Who and what it names', in: 'Articles naming it' },
};

export function relationName(type: string, direction: 'in' | 'out'): string {
  return RELATION_NAMES[type]?.[direction] ?? `${direction === 'in' ? '← ' : ''}${type}`;
}

/** The statement or event an edge rests on: the sentence that is its evidence. Null for an article's MENTIONS. */
export function evidenceEnd(edge: { type: string; source: string; target: string }, typeOf: (id: string) => string | undefined): string | null {
  for (const id of [edge.source, edge.target]) {
    const type = typeOf(id);
    if (type === 'statement' || type === 'event') return id;
  }
  return null;
}
