// The rate limit of the expensive routes: past it a client gets 429 with Retry-After, and cheap routes still answer.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createApp } from '../../server/api/app';
import { connectDatabase, type Database } from '../../server/graph/database';
import { applySchema } from '../../server/graph/schema';
import { testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT, RELAXED_LIMITS } from '../support/limits';

describe('Security: the rate limit of expensive routes', () => {
  let db: Database;
  let server: Server;
  let base: string;

  before(async () => {
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    await applySchema(db);
    const limits = { ...RELAXED_LIMITS, rateLimit: 3, rateWindowMs: 60_000 };
    server = createApp({ db, logger: { info: () => undefined, error: () => undefined }, limits }).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.close();
  });

  it('When a client asks for more than the limit, then it gets 429 with Retry-After on every expensive route, while health still answers', async () => {
    for (const path of ['/api/search?q=putin', '/api/search?q=kherson', '/api/graph']) {
      expect((await fetch(`${base}${path}`)).status, path).to.equal(200);
    }
    for (const path of ['/api/search?q=lyman', '/api/graph']) {
      const refused = await fetch(`${base}${path}`);
      expect(refused.status, path).to.equal(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).to.be.within(1, 60);
      const { error } = await refused.json();
      expect(error.name).to.equal('RateLimitedError');
      expect(error.message).to.match(/more than 3 requests to expensive routes within 60 s; wait for the time in Retry-After/);
    }
    expect((await fetch(`${base}/api/health`)).status).to.equal(200);
    expect((await fetch(`${base}/api/openapi.json`)).status).to.equal(200);
  });
});
