// Replays a bundle's query.cypher as cypher-shell would: each `:param name => literal;` line evaluated by Neo4j, then
// the query run with those parameters; parameters and rows come back as plain data, as the API's rows do (values.ts).
import { testDriver } from '../../support/database';
import { toRow, type Row } from '../../../server/graph/values';

const PARAM_LINE = /^:param ((?:`(?:[^`]|``)+`)|[A-Za-z_][A-Za-z0-9_]*) => (.*);$/;

export interface Replay {
  params: Row;
  rows: Row[];
}

export async function replayQueryFile(file: string): Promise<Replay> {
  const literals: string[] = [];
  const query: string[] = [];
  for (const line of file.split('\n')) {
    const param = PARAM_LINE.exec(line);
    if (param) literals.push(`${param[1]}: ${param[2]}`);
    else query.push(line);
  }
  // Every literal as Neo4j reads it, in one map; kept as the driver's values, so integers stay Cypher integers.
  const evaluated = (await testDriver().executeQuery(`RETURN {${literals.join(', ')}} AS params`)).records[0];
  const { records } = await testDriver().executeQuery(query.join('\n'), evaluated.get('params'));
  return { params: toRow(evaluated).params as Row, rows: records.map(toRow) };
}
