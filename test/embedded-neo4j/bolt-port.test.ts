// The Bolt port check: a free port passes, a taken one is named together with the setting that moves it.
import { createServer, type AddressInfo, type Server } from 'node:net';
import { expect } from 'chai';
import { ensurePortFree } from '../../server/embedded-neo4j/bolt-port';
import { Neo4jPortInUseError } from '../../server/embedded-neo4j/errors';

describe('embedded-neo4j/bolt-port', () => {
  let taken: Server;
  let port: number;
  before(async () => {
    taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    port = (taken.address() as AddressInfo).port;
  });
  after(() => new Promise((resolve) => taken.close(resolve)));

  it('When the port is taken, then it fails with a Neo4jPortInUseError naming the port and NEO4J_BOLT_PORT', async () => {
    const failure = await ensurePortFree(port).then(() => undefined, (error: Error) => error);
    expect(failure).to.be.instanceOf(Neo4jPortInUseError);
    expect(failure?.message).to.equal(
      `the Bolt port ${port} on 127.0.0.1 is already in use by another program; stop it, or set NEO4J_BOLT_PORT to a free port (0 picks any)`,
    );
  });

  it('When the port is free, or 0 (any port), then it passes and leaves the port free', async () => {
    await ensurePortFree(0);
    const free = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => free.once('listening', resolve));
    const freePort = (free.address() as AddressInfo).port;
    await new Promise((resolve) => free.close(resolve));
    await ensurePortFree(freePort);
    await ensurePortFree(freePort);
  });
});
