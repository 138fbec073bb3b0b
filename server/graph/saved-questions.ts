// The library of saved questions: every cypher/analyst/*.cypher file, with its header read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIRECTORY, cypher, type Query } from './queries';
import { parseQuestionHeader, type QuestionHeader } from './saved-question-header';

export const QUESTIONS_FOLDER = 'analyst';

export interface SavedQuestion extends QuestionHeader {
  /** The file's name without `.cypher`. */
  name: string;
  query: Query;
}

let library: Map<string, SavedQuestion> | undefined;

/** Read once: the files are part of the project and do not change while it runs. */
export function savedQuestions(): Map<string, SavedQuestion> {
  if (!library) {
    const names = readdirSync(join(CYPHER_DIRECTORY, QUESTIONS_FOLDER))
      .filter((file) => file.endsWith('.cypher'))
      .map((file) => file.replace(/\.cypher$/, ''))
      .sort();
    library = new Map(names.map((name) => {
      const query = cypher(`${QUESTIONS_FOLDER}/${name}`);
      return [name, { name, query, ...parseQuestionHeader(query.text, `cypher/${QUESTIONS_FOLDER}/${name}.cypher`) }];
    }));
  }
  return library;
}
