// Settings read from the environment, and errors that name the variable at fault.
import { expect } from 'chai';
import { readConfig } from '../server/config';
import { ConfigError } from '../server/errors';

describe('config', () => {
  it('should default to port 3000 and the embedded Neo4j when nothing is set', () => {
    expect(readConfig({})).to.deep.equal({ port: 3000, writes: { token: null, bodyLimitBytes: 20 * 1024 * 1024 }, neo4j: null });
  });

  it('should read an external Neo4j with a routing URI, user, password and database', () => {
    const config = readConfig({
      PORT: '8080', NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news',
    });
    expect(config).to.deep.equal({
      port: 8080, writes: { token: null, bodyLimitBytes: 20 * 1024 * 1024 }, neo4j: { uri: 'neo4j://db.example:7687', user: 'reader', password: 'secret', database: 'news' },
    });
  });

  it('should accept a bolt URI and leave the database to the server when none is named', () => {
    expect(readConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687', NEO4J_PASSWORD: 'p' }).neo4j)
      .to.deep.equal({ uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'p', database: undefined });
  });

  it('should read the write token and the body limit', () => {
    expect(readConfig({ WHOSAID_WRITE_TOKEN: 'a-token-of-24-characters', WHOSAID_BODY_LIMIT: '500kb' }).writes)
      .to.deep.equal({ token: 'a-token-of-24-characters', bodyLimitBytes: 500 * 1024 });
  });

  const refusals: [string, NodeJS.ProcessEnv, RegExp][] = [
    ['a write token too short to be safe', { WHOSAID_WRITE_TOKEN: 'secret' }, /WHOSAID_WRITE_TOKEN must be at least 16 characters/],
    ['a body limit that is no size', { WHOSAID_BODY_LIMIT: 'large' }, /WHOSAID_BODY_LIMIT must be a size/],
    ['a port that is not a number', { PORT: 'http' }, /PORT must be a port number/],
    ['a port out of range', { PORT: '70000' }, /PORT must be a port number/],
    ['a URI with another scheme', { NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'p' }, /NEO4J_URI must start with/],
    ['a URI without a password', { NEO4J_URI: 'bolt://localhost:7687' }, /NEO4J_PASSWORD must be set/],
    ['a user without a URI', { NEO4J_USER: 'neo4j' }, /NEO4J_USER is set but NEO4J_URI is not/],
    ['a malformed database name', { NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'a b' }, /NEO4J_DATABASE/],
  ];
  for (const [what, env, message] of refusals) {
    it(`should refuse ${what} with a ConfigError naming the variable`, () => {
      expect(() => readConfig(env)).to.throw(ConfigError, message);
    });
  }
});
