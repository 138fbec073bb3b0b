// Reads the header a saved question opens with: its title, description and typed parameters with defaults.
//
//   // @title Who spoke about a place or a person
//   // @description Everyone whose statements are about the entity, ...
//   // @param entity: string = "Lyman" — a name, an alias or an entity key
//   // @param verb: string? = null — "?" accepts null
import { parameterTypes, type ParameterType, type QuestionParameter } from '../contract';

export interface QuestionHeader {
  title: string;
  description: string;
  parameters: QuestionParameter[];
}

const PARAM = /^(\w+):\s*([\w[\]]+)(\?)?\s*=\s*(.+?)\s+—\s+(.+)$/;

/** A malformed header is a mistake in a file of the project: it throws, naming the file and the line. */
export function parseQuestionHeader(text: string, file: string): QuestionHeader {
  const header: Partial<QuestionHeader> & { parameters: QuestionParameter[] } = { parameters: [] };
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const tag = /^\/\/\s*@(\w+)\s+(.*)$/.exec(line.trim());
    if (!tag) {
      if (line.trim().startsWith('//')) continue;
      break;
    }
    const where = `${file}:${index + 1}`;
    const [, name, rest] = tag;
    if (name === 'title') header.title = rest.trim();
    else if (name === 'description') header.description = rest.trim();
    else if (name === 'param') header.parameters.push(parseParameter(rest.trim(), where));
    else throw new Error(`saved question ${where}: unknown header tag @${name}`);
  }
  if (!header.title || !header.description) throw new Error(`saved question ${file}: the header needs a @title and a @description`);
  return header as QuestionHeader;
}

function parseParameter(text: string, where: string): QuestionParameter {
  const match = PARAM.exec(text);
  if (!match) throw new Error(`saved question ${where}: write @param name: type = default — description`);
  const [, name, type, nullable, defaultText, description] = match;
  if (!(parameterTypes as readonly string[]).includes(type)) {
    throw new Error(`saved question ${where}: the type of ${name} must be one of ${parameterTypes.join(', ')}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(defaultText);
  } catch {
    throw new Error(`saved question ${where}: the default of ${name} must be written as JSON ("text", 3, null, [...])`);
  }
  return { name, type: type as ParameterType, nullable: nullable === '?', default: value, description };
}
