// The API's routes: each parses its request, calls one use case and sends the result.
import { Router } from 'express';
import type { Database } from '../graph/database';
import { NotFoundError } from '../errors';
import { parseGraphQuery, parseNodeId, parseSearchQuery } from './request-input';
import { checkHealth } from './use-cases/check-health';
import { graphElements } from './use-cases/graph-elements';
import { readNodeDetails } from './use-cases/node-details';
import { searchGraph } from './use-cases/search';

export function apiRoutes(db: Database): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const health = await checkHealth(db);
    res.status(health.neo4j === 'up' ? 200 : 503).json(health);
  });

  router.get('/graph', async (req, res) => {
    res.json(await graphElements(db, parseGraphQuery(req.query)));
  });

  router.get('/nodes/:id', async (req, res) => {
    res.json(await readNodeDetails(db, parseNodeId(req.params.id)));
  });

  router.get('/search', async (req, res) => {
    res.json(await searchGraph(db, parseSearchQuery(req.query)));
  });

  router.use((req) => {
    throw new NotFoundError(`api: no route for ${req.method} ${req.baseUrl}${req.path}`);
  });

  return router;
}
