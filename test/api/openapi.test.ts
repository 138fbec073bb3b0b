// The OpenAPI document and the 405/404 answers come from the same route declarations the app mounts.
import { expect } from 'chai';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createApp } from '../../server/api/app';
import { openApiPath } from '../../server/api/openapi';
import type { Route } from '../../server/api/route';
import { noDatabase, routeTable } from '../support/no-database';


interface MountedRoute { path: string; methods: string[] }

/** The routes Express really mounted under /api, read from its router (Express 5 keeps them on app.router). */
function mountedApiRoutes(app: ReturnType<typeof createApp>): MountedRoute[] {
  const stack = (app as unknown as { router: { stack: any[] } }).router.stack;
  const api = stack.find((layer) => layer.matchers?.[0]?.('/api/x') && layer.handle?.stack);
  return api.handle.stack
    .filter((layer: any) => layer.route && !layer.route.methods._all)
    .map((layer: any) => ({ path: layer.route.path, methods: Object.keys(layer.route.methods).map((m) => m.toUpperCase()) }));
}

describe('api/openapi', () => {
  let server: Server;
  let base: string;
  const app = createApp({ db: noDatabase, logger: { info: () => undefined, error: () => undefined } });

  before(async () => {
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('should describe every route the app mounts, with its method', async () => {
    const document = await (await fetch(`${base}/api/openapi.json`)).json();
    expect(document.openapi).to.equal('3.1.0');
    const mounted = mountedApiRoutes(app);
    expect(mounted.length).to.be.greaterThan(3);
    for (const { path, methods } of mounted) {
      for (const method of methods) {
        expect(document.paths[openApiPath(path)], `${method} ${path}`).to.have.property(method.toLowerCase());
      }
    }
  });

  it('should type query parameters from the schemas that validate them', async () => {
    const document = await (await fetch(`${base}/api/openapi.json`)).json();
    const search = document.paths['/api/search'].get;
    const limit = search.parameters.find((parameter: any) => parameter.name === 'limit');
    expect(limit).to.deep.include({ in: 'query', required: false });
    expect(limit.schema).to.include({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
    expect(search.parameters.find((parameter: any) => parameter.name === 'q')).to.include({ required: true });
    expect(document.paths['/api/nodes/{id}'].get.parameters[0]).to.include({ name: 'id', in: 'path', required: true });
  });

  const routes: Route[] = routeTable();

  it('should declare request examples on every route that takes input, and each should pass the route\'s own schemas', () => {
    for (const route of routes.filter((declared) => declared.params || declared.query || declared.body)) {
      const where = `${route.method} ${route.path}`;
      expect(route.examples, `${where} declares examples`).to.be.an('object');
      for (const [part, schema] of [['params', route.params], ['query', route.query], ['body', route.body]] as const) {
        for (const example of route.examples?.[part] ?? []) {
          expect(schema, `${where} has a ${part} schema for its example`).not.to.equal(undefined);
          const parsed = schema!.safeParse(example);
          expect(parsed.success, `${where} ${part} example ${JSON.stringify(example)}: ${parsed.error?.message}`).to.equal(true);
        }
      }
    }
  });

  it('should publish every declared example in the document', async () => {
    const document = await (await fetch(`${base}/api/openapi.json`)).json();
    const cypher = document.paths['/api/cypher'].post.requestBody.content['application/json'];
    expect(Object.values(cypher.examples).map((example: any) => example.value))
      .to.deep.equal(routes.find((route) => route.path === '/cypher')?.examples?.body);
    const search = document.paths['/api/search'].get.parameters.find((parameter: any) => parameter.name === 'q');
    expect(Object.values(search.examples).map((example: any) => example.value)).to.deep.equal(['Peskov', 'Kherson withdrawal']);
  });

  it('should give every route a schema for its successful JSON answer, and a content type for the others (downloads)', async () => {
    const document = await (await fetch(`${base}/api/openapi.json`)).json();
    for (const [path, operations] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(operations)) {
        const ok = operation.responses['200'];
        expect(ok, `${method} ${path} answers 200`).to.be.an('object');
        const [[type, content]] = Object.entries<any>(ok.content);
        if (type === 'application/json') expect(content.schema, `${method} ${path} 200 schema`).to.be.an('object');
        else expect(type, `${method} ${path} 200 content type`).to.match(/^[a-z]+\/[a-z0-9.+-]+$/);
      }
    }
  });

  it('When a known route is asked with a wrong method, then it answers 405 with an Allow header', async () => {
    const response = await fetch(`${base}/api/search?q=x`, { method: 'DELETE' });
    expect(response.status).to.equal(405);
    expect(response.headers.get('allow')).to.equal('GET, HEAD');
    const body = await response.json();
    expect(body.error.name).to.equal('MethodNotAllowedError');
    expect(body.error.message).to.equal('api: DELETE is not allowed on /api/search; use GET');
  });

  it('When an unknown API path is asked, then it answers 404 in JSON whatever the method', async () => {
    const response = await fetch(`${base}/api/no-such-thing`, { method: 'POST' });
    expect(response.status).to.equal(404);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    expect((await response.json()).error.name).to.equal('NotFoundError');
  });
});
