// Says whether Neo4j answers; any failure to reach it, whatever its cause, means the service is unavailable.
import type { Database } from '../graph/database';
import type { HealthPayload } from '../contract';

export async function checkHealth(db: Database): Promise<HealthPayload> {
  try {
    await db.ping();
    return { status: 'ok', neo4j: 'up' };
  } catch {
    return { status: 'unavailable', neo4j: 'down' };
  }
}
