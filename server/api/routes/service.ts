// Routes about the service itself: its health, and what it allows.
import { configPayload, healthPayload } from '../../contract';
import { serviceConfig } from '../../use-cases/service-config';
import { checkHealth } from '../../use-cases/check-health';
import { route, type Route } from '../route';
import type { ApiDeps } from './deps';

export function serviceRoutes({ db, logger, writes }: ApiDeps): Route[] {
  return [
    route({
      method: 'GET', path: '/config', operationId: 'getConfig', tag: 'service',
      summary: 'What this server allows: whether it takes writes, and how large a body may be',
      responses: { 200: { description: 'The settings a client needs.', schema: configPayload } },
      handle: async () => serviceConfig(writes),
    }),
    route({
      method: 'GET', path: '/health', operationId: 'getHealth', tag: 'service',
      summary: 'Whether the server and its Neo4j database answer',
      responses: {
        200: { description: 'Neo4j answers.', schema: healthPayload },
        503: { description: 'Neo4j does not answer.', schema: healthPayload },
      },
      async handle(_input, _req, res) {
        const health = await checkHealth(db, (error: any) => logger.error({
          msg: 'health check failed', name: error?.name, message: error?.message, cause: error?.cause?.message, code: error?.cause?.code,
        }));
        res.status(health.neo4j === 'up' ? 200 : 503).json(health);
      },
    }),
  ];
}
