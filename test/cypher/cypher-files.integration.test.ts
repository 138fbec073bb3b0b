// Every Cypher file parses on the real Neo4j, and every one is used by the server's code.
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { connectDatabase, type Database } from '../../server/graph/database';
import { CYPHER_DIRECTORY, cypher } from '../../server/graph/queries';
import { applySchema } from '../../server/graph/schema';
import { QUESTIONS_FOLDER, savedQuestions } from '../../server/graph/saved-questions';
import { testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return filesUnder(path, extension);
    return path.endsWith(extension) ? [path] : [];
  });
}

const queryNames = filesUnder(CYPHER_DIRECTORY, '.cypher')
  .map((file) => relative(CYPHER_DIRECTORY, file).replace(/\.cypher$/, ''))
  .sort();
// The benchmarks' baseline loader (cypher/naive/) and clean-up (cypher/bench/) are used by bench/.
const serverSource = ['server', 'bench'].flatMap((folder) => filesUnder(join(__dirname, '..', '..', folder), '.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

describe('cypher/', () => {
  let db: Database;
  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    // Queries naming the full-text indexes are planned against them, so the schema must exist.
    await applySchema(db);
  });
  after(() => db.close());

  it('should hold the schema and the queries of loading and reading', () => {
    expect(queryNames).to.include.members(['schema', 'load/merge-articles', 'read/graph-relationships', 'read/node']);
  });

  for (const name of queryNames.filter((queryName) => queryName !== 'schema')) {
    it(`should parse ${name}.cypher on Neo4j`, async () => {
      // EXPLAIN plans the statement without running it, so a syntax or semantic error shows here.
      const query = cypher(name);
      await db.write((tx) => tx.run({ name: query.name, text: `EXPLAIN ${query.text}` }));
    });
  }

  for (const name of queryNames.filter((queryName) => queryName.startsWith(`${QUESTIONS_FOLDER}/`))) {
    it(`should serve ${name}.cypher as a saved question`, () => {
      expect(savedQuestions().has(name.slice(QUESTIONS_FOLDER.length + 1))).to.equal(true);
    });
  }

  for (const name of queryNames.filter((queryName) => !queryName.startsWith(`${QUESTIONS_FOLDER}/`))) {
    it(`should use ${name}.cypher somewhere in server/ or bench/`, () => {
      const loadedByName = [`cypher('${name}')`, `cypherStatements('${name}')`].some((call) => serverSource.includes(call));
      expect(loadedByName, `no cypher('${name}') in server/ or bench/`).to.equal(true);
    });
  }
});
