// Settings read from the environment, and errors that name the variable at fault.
import { expect } from 'chai';
import { readConfig } from '../server/config';
import { ConfigError } from '../server/errors';
import { DEFAULT_ANALYST_LIMITS } from '../server/use-cases/analyst-limits';

describe('config', () => {
  it('should default to port 3000 and the embedded Neo4j when nothing is set', () => {
    expect(readConfig({})).to.deep.equal({ port: 3000, neo4j: null, analyst: DEFAULT_ANALYST_LIMITS });
  });

  it('should read the bounds of analysts\' queries, each defaulting on its own', () => {
    expect(readConfig({ CYPHER_TIMEOUT_MS: '2500', CYPHER_CONCURRENCY: '2' }).analyst)
      .to.deep.equal({ ...DEFAULT_ANALYST_LIMITS, timeoutMs: 2500, concurrency: 2 });
  });

  it('should read an external Neo4j with a routing URI, user, password and database', () => {
    const config = readConfig({
      PORT: '8080', NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news',
    });
    expect(config).to.deep.equal({
      port: 8080, analyst: DEFAULT_ANALYST_LIMITS, neo4j: { uri: 'neo4j://db.example:7687', user: 'reader', password: 'secret', database: 'news' },
    });
  });

  it('should accept a bolt URI and leave the database to the server when none is named', () => {
    expect(readConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'p' }).neo4j)
      .to.deep.equal({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'p', database: undefined });
  });

  const refusals: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['a port that is not a number', { PORT: 'http' }, /PORT must be a port number/],
    ['a port out of range', { PORT: '70000' }, /PORT must be a port number/],
    ['a URI with another scheme', { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'p' }, /NEO4J_URI must start with/],
    ['a URI without a password', { NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD must be set/],
    ['a user without a URI', { NEO4J_USER: 'neo4j' }, /NEO4J_USER is set but NEO4J_URI is not/],
    ['a time limit that is not a number', { CYPHER_TIMEOUT_MS: '10s' }, /CYPHER_TIMEOUT_MS must be a whole number from 100 to 600000/],
    ['a row cap of zero', { CYPHER_MAX_ROWS: '0' }, /CYPHER_MAX_ROWS must be a whole number from 1/],
    ['a malformed database name', { NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'a b' }, /NEO4J_DATABASE/],
  ];
  for (const [what, env, message] of refusals) {
    it(`should refuse ${what} with a ConfigError naming the variable`, () => {
      expect(() => readConfig(env)).to.throw(ConfigError, message);
    });
  }
});
