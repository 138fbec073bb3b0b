// A module one folder down, which finds a file beside its source as server modules find cypher/ or seed/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const folderOfNested = __dirname;
export const textBesideNested = (): string => readFileSync(join(__dirname, 'beside.txt'), 'utf8').trim();

/** Named as the entry's own class: one of the two is renamed in the bundle's single scope. */
export class NamedError extends Error {}
