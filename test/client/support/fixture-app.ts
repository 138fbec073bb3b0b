// A stand-in for the whosaid API in client tests: serves the built client and answers from hand-made fixtures or with failures.

import express from 'express';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { GraphPayload, NodeDetails } from '../../../server/contract';

/** The built explorer, as the real server serves it. */
export const CLIENT_DIR = path.resolve(__dirname, '../../../client/dist');

export interface FixtureApi {
  graph?: GraphPayload;
  details?: Record<string, NodeDetails>;
  /** Answer every API call with this status and the API's error JSON, as when Neo4j is down. */
  failWith?: number;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function fixtureApp(api: FixtureApi): express.Express {
  const app = express();
  app.use(express.static(CLIENT_DIR));
  app.use('/api', (req, res, next) => {
    if (api.failWith === undefined) return next();
    res.status(api.failWith).json({ error: { name: 'DatabaseUnavailableError', message: 'Neo4j does not answer at bolt://127.0.0.1:7687' } });
  });
  const graph = () => api.graph ?? { elements: { nodes: [], edges: [] } };
  app.get('/api/overview', (_req, res) => {
    const { nodes, edges } = graph().elements;
    const count = (type: string) => nodes.filter((n) => n.data.type === type).length;
    res.json({
      counts: { nodes: nodes.length, edges: edges.length, articles: count('article'), people: count('person'), organizations: count('organization'), places: count('place'), statements: count('statement'), events: count('event') },
      mostQuoted: [], latestArticles: [], placesWithMostEvents: [], outlets: [],
    });
  });
  app.get('/api/graph', (_req, res) => {
    res.json(graph());
  });
  app.post('/api/subgraph', express.json(), (req, res) => {
    const ids = new Set<string>(req.body.ids);
    const { nodes, edges } = graph().elements;
    res.json({ elements: { nodes: nodes.filter((n) => ids.has(n.data.id)), edges: edges.filter((e) => ids.has(e.data.source) && ids.has(e.data.target)) } });
  });
  app.get('/api/timeline', (_req, res) => {
    res.json({ days: [], undatedEvents: 0 });
  });
  app.get('/api/nodes/:id', (req, res) => {
    const details = api.details?.[req.params.id];
    if (details) res.json(details);
    else res.status(404).json({ error: { name: 'NotFoundError', message: `No node ${req.params.id}` } });
  });
  return app;
}

export function listen(app: express.Express): Promise<RunningServer> {
  return new Promise((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
