// The app around the routes: request log lines, the client's files, unknown routes and unexpected errors.
import { expect } from 'chai';
import express from 'express';
import { mkdtemp, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { errorHandler } from '../../server/api/error-handler';
import type { LogEntry } from '../../server/api/logger';
import { connectDatabase, type Database } from '../../server/graph/database';
import { testNeo4jSettings } from '../support/database';
import { RELAXED_CONNECT } from '../support/limits';
import { startApiServer, type ApiServer } from './api-server';

describe('createApp', () => {
  let db: Database;
  let api: ApiServer;

  before(async () => {
    const client = await mkdtemp(path.join(os.tmpdir(), 'whosaid-client-'));
    await writeFile(path.join(client, 'index.html'), '<!doctype html><title>whosaid</title>');
    await writeFile(path.join(client, 'app.js'), 'console.log("whosaid");');
    db = connectDatabase(testNeo4jSettings(), RELAXED_CONNECT);
    api = await startApiServer(db, client);
  });
  after(async () => {
    await api.stop();
    await db.close();
  });

  it('When a request is answered, then one JSON-ready log line gives its method, path, status and duration', async () => {
    api.info.length = 0;
    await api.get('/api/health');
    expect(api.info).to.have.length(1);
    expect(api.info[0]).to.include({ msg: 'request', method: 'GET', path: '/api/health', status: 200 });
    expect(api.info[0].ms).to.be.a('number');
  });

  it('When the browser opens /, then it gets the client page and its bundle', async () => {
    const page = await api.get('/');
    expect(page.status).to.equal(200);
    expect(page.headers.get('content-type')).to.match(/^text\/html/);
    expect(page.body).to.include('<title>whosaid</title>');
    expect((await api.get('/app.js')).headers.get('content-type')).to.match(/javascript/);
  });

  it('When a path outside the API names no file, then it answers a short plain-text 404, not an HTML page', async () => {
    const { status, body, headers } = await api.get('/no/such/page');
    expect(status).to.equal(404);
    expect(headers.get('content-type')).to.match(/^text\/plain/);
    expect(body).to.equal('404: nothing at /no/such/page; the explorer is at /\n');
  });

  it('When any response is sent, then it forbids content sniffing, so JSON data is never run as HTML', async () => {
    expect((await api.get('/api/health')).headers.get('x-content-type-options')).to.equal('nosniff');
  });

  it('When an API route does not exist, then it answers 404 with a NotFoundError in JSON', async () => {
    const { status, body } = await api.get('/api/no-such-thing/123');
    expect(status).to.equal(404);
    expect(body).to.deep.equal({ error: { name: 'NotFoundError', message: 'api: no route for GET /api/no-such-thing/123' } });
  });
});

describe('errorHandler', () => {
  it('When a route fails unexpectedly, then it answers 500 without the details and logs them to the error log', async () => {
    const errors: LogEntry[] = [];
    const app = express()
      .get('/boom', () => { throw new Error('secret detail'); })
      .use(errorHandler({ info: () => undefined, error: (entry) => errors.push(entry) }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`);
      expect(response.status).to.equal(500);
      const body = await response.json();
      expect(body.error.name).to.equal('InternalError');
      expect(JSON.stringify(body)).not.to.include('secret detail');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ status: 500, message: 'secret detail', path: '/boom' });
    } finally {
      server.close();
    }
  });
});
