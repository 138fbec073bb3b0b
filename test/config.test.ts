// Settings read from the environment, and errors that name the variable at fault.
import path from 'node:path';
import { expect } from 'chai';
import { readConfig } from '../server/config';
import { defaultDataDir } from '../server/embedded-neo4j/paths';
import { ConfigError } from '../server/errors';
import { DEFAULT_ANALYST_LIMITS } from '../server/use-cases/analyst-limits';
import { DEFAULT_ANSWER_CACHE } from '../server/use-cases/answer-cache';

describe('config', () => {
  it('should default to port 3000 on loopback and the embedded Neo4j on Bolt port 7687 when nothing is set', () => {
    expect(readConfig({})).to.deep.equal({
      port: 3000,
      host: '127.0.0.1',
      allowedHosts: [],
      neo4j: null,
      embedded: { dataDir: defaultDataDir(), boltPort: 7687 },
      limits: { requestTimeoutMs: 4500, queryTimeoutMs: 3000, rateLimit: 120, rateWindowMs: 60000, jsonBodyLimitBytes: 1024 * 1024, longRequestTimeoutMs: 300_000 },
      writes: { token: null, bodyLimitBytes: 20 * 1024 * 1024 },
      analyst: DEFAULT_ANALYST_LIMITS,
      answers: DEFAULT_ANSWER_CACHE,
    });
  });

  it('should read how many answers are kept and how often the graph\'s version is read again', () => {
    expect(readConfig({ ANSWER_CACHE: '16mb', ANSWER_CACHE_RECHECK_MS: '0', ANSWER_CACHE_MAX_AGE_MS: '5000' }).answers)
      .to.deep.equal({ maxBytes: 16 * 1024 * 1024, recheckMs: 0, maxAgeMs: 5000 });
    expect(readConfig({ ANSWER_CACHE: '0mb' }).answers.maxBytes).to.equal(0);
  });

  it('should read the bounds of analysts\' queries, each defaulting on its own', () => {
    expect(readConfig({ CYPHER_TIMEOUT_MS: '2500', CYPHER_CONCURRENCY: '2' }).analyst)
      .to.deep.equal({ ...DEFAULT_ANALYST_LIMITS, timeoutMs: 2500, concurrency: 2 });
  });

  it('should read an external Neo4j with a routing URI, user, password and database', () => {
    const config = readConfig({
      PORT: '8080', NEO4J_URI: 'neo4j://db.example:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news',
    });
    expect(config.port).to.equal(8080);
    expect(config.neo4j).to.deep.equal({ uri: 'neo4j://db.example:7687', user: 'reader', password: 'secret', database: 'news' });
  });

  it('should read the host, extra host names, the embedded Bolt port and data folder, and the limits', () => {
    const config = readConfig({
      HOST: '0.0.0.0', ALLOWED_HOSTS: 'Analyst-Box.lan, 10.0.0.5', NEO4J_BOLT_PORT: '0', WHOSAID_DATA_DIR: 'tmp/data',
      REQUEST_TIMEOUT_MS: '8000', QUERY_TIMEOUT_MS: '6000', RATE_LIMIT: '10', RATE_LIMIT_WINDOW_MS: '2000', JSON_BODY_LIMIT: '200KB',
    });
    expect(config).to.deep.include({ host: '0.0.0.0', allowedHosts: ['analyst-box.lan', '10.0.0.5'] });
    expect(config.embedded).to.deep.equal({ dataDir: path.resolve('tmp/data'), boltPort: 0 });
    expect(config.limits).to.deep.equal({ requestTimeoutMs: 8000, queryTimeoutMs: 6000, rateLimit: 10, rateWindowMs: 2000, jsonBodyLimitBytes: 200 * 1024, longRequestTimeoutMs: 300_000 });
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
    ['a time limit that is not a number', { CYPHER_TIMEOUT_MS: '10s' }, /CYPHER_TIMEOUT_MS must be a whole number from 100 to 600000/],
    ['a row cap of zero', { CYPHER_MAX_ROWS: '0' }, /CYPHER_MAX_ROWS must be a whole number from 1/],
    ['a malformed database name', { NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'a b' }, /NEO4J_DATABASE/],
    ['a Bolt port out of range', { NEO4J_BOLT_PORT: '99999' }, /NEO4J_BOLT_PORT must be a port number/],
    ['a Bolt port with a configured server', { NEO4J_URI: 'bolt://x', NEO4J_PASSWORD: 'p', NEO4J_BOLT_PORT: '7688' }, /NEO4J_BOLT_PORT applies to the embedded Neo4j only/],
    ['a host with spaces', { HOST: 'my host' }, /HOST must be an IP address or a host name/],
    ['a malformed allowed host', { ALLOWED_HOSTS: 'good.lan,bad host' }, /ALLOWED_HOSTS must be a comma-separated list/],
    ['a request timeout that is not a number', { REQUEST_TIMEOUT_MS: '5s' }, /REQUEST_TIMEOUT_MS must be a whole number of milliseconds/],
    ['a query timeout not below the request timeout', { REQUEST_TIMEOUT_MS: '3000', QUERY_TIMEOUT_MS: '3000' }, /QUERY_TIMEOUT_MS \(3000\) must be less than REQUEST_TIMEOUT_MS/],
    ['a rate limit of zero', { RATE_LIMIT: '0' }, /RATE_LIMIT must be a whole number of requests/],
    ['a body limit without a unit', { JSON_BODY_LIMIT: '100' }, /JSON_BODY_LIMIT must be a size/],
    ['an answer cache without a unit', { ANSWER_CACHE: '64' }, /ANSWER_CACHE must be a size/],
  ];
  for (const [what, env, message] of refusals) {
    it(`should refuse ${what} with a ConfigError naming the variable`, () => {
      expect(() => readConfig(env)).to.throw(ConfigError, message);
    });
  }
});
