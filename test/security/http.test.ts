// Hostile requests to the HTTP server: foreign Host headers, wrong methods on every route, source files and maps, huge bodies.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { createApp } from '../../server/api/app';
import { defaultLimits, defaultWrites } from '../../server/config';
import type { Database } from '../../server/graph/database';
import { buildClient } from '../../scripts/build-client';
import { noDatabase, routeTable } from '../support/no-database';
import { rawRequest } from './raw-http';

const quiet = { info: () => undefined, error: () => undefined };

async function listen(db: Database, options: Partial<Parameters<typeof createApp>[0]> = {}): Promise<{ server: Server; port: number }> {
  const server = createApp({ db, logger: quiet, ...options }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

describe('Security: the HTTP server', function () {
  this.timeout(30_000);
  let server: Server;
  let port: number;

  before(async () => {
    buildClient();
    ({ server, port } = await listen(noDatabase, { allowedHosts: ['whosaid.lan'] }));
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  describe('When the Host header names another host (DNS rebinding)', () => {
    for (const host of ['evil.example', 'evil.example:3000', '127.0.0.1.evil.example', 'localhost.evil.example', '10.0.0.1', '[::2]:3000']) {
      for (const path of ['/', '/api/health', '/api/openapi.json']) {
        it(`then "${host}" on ${path} is answered 421 with a MisdirectedRequestError naming the header`, async () => {
          const answer = await rawRequest(port, { path, host });
          expect(answer.status).to.equal(421);
          const { error } = JSON.parse(answer.body);
          expect(error.name).to.equal('MisdirectedRequestError');
          expect(error.message).to.include(`this server does not answer to the name '${host}'`);
          expect(error.message).to.include('ALLOWED_HOSTS');
        });
      }
    }
  });

  it('When the Host header is a loopback name or a configured one, with or without port, then the request is served', async () => {
    for (const host of ['localhost', `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'LOCALHOST', 'whosaid.lan:8080']) {
      expect((await rawRequest(port, { path: '/api/openapi.json', host })).status, host).to.equal(200);
    }
  });

  it('When any answer is sent, then it carries a CSP of the app\'s own files only, no framing, no referrer and no sniffing', async () => {
    for (const path of ['/', '/api/openapi.json', '/no-such-file']) {
      const { headers } = await rawRequest(port, { path });
      const csp = String(headers['content-security-policy']);
      for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
        expect(csp, path).to.include(directive);
      }
      expect(csp).to.match(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
      expect(csp).not.to.include('unsafe');
      expect(headers['x-frame-options']).to.equal('DENY');
      expect(headers['referrer-policy']).to.equal('no-referrer');
      expect(headers['x-content-type-options']).to.equal('nosniff');
      expect(headers['x-powered-by']).to.equal(undefined);
    }
  });

  describe('When a route is asked with a method it does not serve', () => {
    const routes = routeTable();
    const methodsByPath = new Map<string, string[]>();
    for (const route of routes) methodsByPath.set(route.path, [...(methodsByPath.get(route.path) ?? []), route.method]);
    for (const [path, methods] of methodsByPath) {
      for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !methods.includes(m))) {
        it(`then ${method} /api${path} is answered 405 with Allow: ${methods.join(', ')}`, async () => {
          const answer = await rawRequest(port, { path: `/api${path.replace(/:\w+/g, 'x')}`, method });
          expect(answer.status).to.equal(405);
          expect(String(answer.headers.allow).split(', ')).to.include.members(methods);
          expect(JSON.parse(answer.body).error).to.deep.equal({
            name: 'MethodNotAllowedError',
            message: `api: ${method} is not allowed on /api${path.replace(/:\w+/g, 'x')}; use ${methods.join(' or ')}`,
          });
        });
      }
    }
  });

  it('When the built explorer is asked for, then its page, style, icon, bundle and layout worker are served', async () => {
    const files = [['/', /^text\/html/], ['/style.css', /^text\/css/], ['/favicon.svg', /^image\/svg\+xml/], ['/app.js', /javascript/], ['/layout-worker.js', /javascript/]] as const;
    for (const [path, type] of files) {
      const answer = await rawRequest(port, { path });
      expect(answer.status, path).to.equal(200);
      expect(String(answer.headers['content-type'])).to.match(type);
    }
  });

  const hidden = [
    '/main.ts', '/api.ts', '/panel/details.ts', '/client/main.ts', '/dist/app.js', '/app.js.map', '/dist/app.js.map', '/client/dist/app.js.map',
    '/../server/start.ts', '/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/package.json', '/server/config.ts',
    '/.neo4j/data/credentials.json', '/credentials.json', '/tsconfig.json', '/.git/config',
  ];
  for (const path of hidden) {
    it(`When ${path} is asked for, then it is answered 404 in plain text, nothing of the sources`, async () => {
      const answer = await rawRequest(port, { path });
      expect(answer.status).to.equal(404);
      expect(String(answer.headers['content-type'])).to.match(/^text\/plain/);
      expect(answer.body).to.equal(`404: nothing at ${path}; the explorer is at /\n`);
    });
  }

  it('When a body is larger than its route accepts, then it is refused with 413 before the route reads it', async () => {
    const token = 'a-write-token-for-this-test';
    const writing = await listen(noDatabase, { writes: { ...defaultWrites(), token, bodyLimitBytes: 1024 } });
    try {
      const body = JSON.stringify({ text: 'x'.repeat(2048) });
      const answer = await rawRequest(writing.port, {
        path: '/api/articles', method: 'POST', body, headers: { authorization: `Bearer ${token}` },
      });
      expect(answer.status).to.equal(413);
      expect(JSON.parse(answer.body).error).to.deep.equal({
        name: 'PayloadTooLargeError',
        message: 'POST /api/articles: the body is larger than this server accepts (1024 bytes; WHOSAID_BODY_LIMIT)',
      });
    } finally {
      writing.server.closeAllConnections();
      await new Promise((resolve) => writing.server.close(resolve));
    }
  });
});

describe('Security: a request whose answer never comes', () => {
  it('When the database never answers, then the request is answered 503 at its deadline with a DeadlineExceededError', async () => {
    const stalled: Database = {
      read: () => new Promise(() => undefined),
      write: () => new Promise(() => undefined),
      ping: () => new Promise(() => undefined),
      withQueryTimeout: () => stalled,
      explain: () => new Promise(() => undefined),
      readUntrusted: () => new Promise(() => undefined),
      close: async () => undefined,
    };
    const { server, port } = await listen(stalled, { limits: { ...defaultLimits(), requestTimeoutMs: 300, queryTimeoutMs: 200 } });
    try {
      const started = Date.now();
      const answer = await rawRequest(port, { path: '/api/graph' });
      expect(answer.status).to.equal(503);
      expect(JSON.parse(answer.body).error).to.deep.equal({ name: 'DeadlineExceededError', message: 'GET /api/graph: no answer within 300 ms; try again later' });
      expect(Date.now() - started).to.be.below(2_000);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
