// The analysts' one runner: /api/cypher, saved questions and exports by question or query share its query slots, so an
// export cannot run more analysts' queries at once than CYPHER_CONCURRENCY allows.
import { expect } from 'chai';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/api/app';
import type { Database } from '../../server/graph/database';
import type { UntrustedRows } from '../../server/graph/untrusted-read';
import { RELAXED_LIMITS } from '../support/limits';

/** A database whose analysts' queries plan as reads and then run until the test lets them go. */
function heldDatabase() {
  const running: Array<() => void> = [];
  let started: () => void = () => undefined;
  const firstStarted = new Promise<void>((resolve) => { started = resolve; });
  const db = {
    ping: async () => undefined,
    withQueryTimeout: () => db,
    explain: async () => ({ queryType: 'r', operators: [] }),
    readUntrusted: () => new Promise<UntrustedRows>((resolve) => {
      running.push(() => resolve({ columns: [], rows: [], truncated: false }));
      started();
    }),
    read: () => { throw new Error('test: no other read is expected'); },
  } as unknown as Database;
  return { db, firstStarted, release: () => running.forEach((finish) => finish()) };
}

describe('api: the analysts\' runner, shared', () => {
  let server: Server;
  let base: string;
  const held = heldDatabase();

  before(async () => {
    const app = createApp({ db: held.db, logger: { info: () => undefined, error: () => undefined }, limits: RELAXED_LIMITS, analyst: { concurrency: 1, timeoutMs: 200 } });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    held.release();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('When /api/cypher holds the only query slot, then an export by Cypher waits for it and answers 503 QueryCapacityError', async () => {
    const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const holding = post('/api/cypher', { query: 'MATCH (n) RETURN n' });
    await held.firstStarted;
    const exported = await post('/api/export', { format: 'graphml', selection: { cypher: 'MATCH (n) RETURN n LIMIT 1' } });
    expect(exported.status).to.equal(503);
    expect((await exported.json()).error).to.include({ name: 'QueryCapacityError' });
    held.release();
    await holding;
  });
});
