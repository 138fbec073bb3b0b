// A program for the bundle tests: it reports where its modules' sources are and reads a file beside one of them.
import { folderOfNested, NamedError as NestedError, textBesideNested } from './nested/where';

export const entryFolder = __dirname;
export { folderOfNested, NestedError, textBesideNested };
export class NamedError extends Error {}
