// Loads the Cypher statements kept as files under cypher/, by name, so no query is ever built from strings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CYPHER_DIRECTORY = join(__dirname, '..', '..', 'cypher');

/** One Cypher statement as read from its file; `name` is the file's path under cypher/ without `.cypher`. */
export interface Query {
  readonly name: string;
  readonly text: string;
}

const loaded = new Map<string, Query>();

/** The statement in `cypher/<name>.cypher`; a missing file is a programmer error and throws. */
export function cypher(name: string): Query {
  let query = loaded.get(name);
  if (!query) {
    query = { name, text: readFileSync(join(CYPHER_DIRECTORY, `${name}.cypher`), 'utf8') };
    loaded.set(name, query);
  }
  return query;
}

/** The statements of a file that holds several, each ended by a semicolon at the end of a line (schema files). */
export function cypherStatements(name: string): Query[] {
  const withoutComments = cypher(name).text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  return withoutComments
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .map((text, index) => ({ name: `${name}#${index + 1}`, text }));
}
