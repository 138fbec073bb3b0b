// Writes query.cypher: the parameters as :param commands, then the Cypher that selects the same part of the graph again.
import { cypherName, cypherParamValue } from './cypher-literal';
import type { ExportContext } from './export-context';

export function* writeReplayQuery(context: ExportContext): Generator<string> {
  yield `// ${context.description.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
  yield `// Exported ${context.exportedAt.toISOString()}; run in cypher-shell or Neo4j Browser against the same database.\n`;
  for (const [name, value] of Object.entries(context.query.params)) yield `:param ${cypherName(name)} => ${cypherParamValue(value)};\n`;
  yield `\n${context.query.text.trim()}\n`;
}
