// Who went along on a visit: "travelled to Kyiv alongside Scholz and Draghi", "toured Irpin, accompanied by Blinken".
import type { ArticleContext } from './context';
import type { SentenceView } from './view';
import type { Party } from './world';
import { COMPANY_MARKERS } from '../language/words';

const COMPANION_REACH = 6;
const CLAUSE_ENDS = new Set(['.', ';', ':', 'that', 'where', 'who', 'which', 'while', 'before', 'after', 'to']);

function markerAt(view: SentenceView, at: number): number {
  const marker = COMPANY_MARKERS.find((words) => words.every((word, i) => view.tokens[at + i]?.lower === word));
  return marker ? marker.length : 0;
}

/** The persons named right after a marker of company that follows a visit's place, within a few words of it. */
export function companionsAfter(view: SentenceView, context: ArticleContext, from: number): Party[] {
  for (let i = from; i < Math.min(view.tokens.length, from + COMPANION_REACH); i++) {
    if (CLAUSE_ENDS.has(view.tokens[i].lower)) return [];
    const length = markerAt(view, i);
    if (length) return personsListed(view, context, i + length);
  }
  return [];
}

/** "Scholz, Draghi and Iohannis": persons listed from `at`, each resolved; none unless all are persons. */
function personsListed(view: SentenceView, context: ArticleContext, at: number): Party[] {
  const persons: Party[] = [];
  for (let i = at; i < view.tokens.length; i++) {
    const token = view.tokens[i];
    if (token.lower === ',' || token.lower === 'and') continue;
    const party = token.ref?.kind === 'entity' ? context.resolve(token.ref) : undefined;
    // "together with Zelensky's wife": a possessor is not the companion.
    if (party?.type !== 'person' || view.tokens[i + 1]?.lower === '\'s') break;
    persons.push(party);
  }
  return persons;
}
